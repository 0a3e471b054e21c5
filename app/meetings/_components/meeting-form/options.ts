import type {
  Classification,
  DatePrecision,
  FollowUpStatus,
  MeetingFormat,
  MeetingStatus,
  OrganizationKind,
  ParticipantRole,
} from '@/lib/domain/vocabularies';

export const datePrecisionOptions: ReadonlyArray<{ value: DatePrecision; label: string }> = [
  { value: 'day', label: 'Exact day' },
  { value: 'month', label: 'Month' },
  { value: 'range', label: 'Date range' },
];

export const formatOptions: ReadonlyArray<{ value: MeetingFormat; label: string }> = [
  { value: 'bilateral', label: 'Bilateral' },
  { value: 'multilateral', label: 'Multilateral' },
  { value: 'call', label: 'Phone call' },
  { value: 'video', label: 'Video call' },
  { value: 'visit', label: 'Visit' },
  { value: 'plenary', label: 'Plenary' },
  { value: 'side_event', label: 'Side event' },
  { value: 'other', label: 'Other' },
];

export const statusOptions: ReadonlyArray<{ value: MeetingStatus; label: string }> = [
  { value: 'held', label: 'Held' },
  { value: 'planned', label: 'Planned' },
  { value: 'postponed', label: 'Postponed' },
  { value: 'cancelled', label: 'Cancelled' },
];

export const classificationOptions: ReadonlyArray<{ value: Classification; label: string }> = [
  { value: 'public', label: 'Public' },
  { value: 'internal', label: 'Internal' },
  { value: 'restricted', label: 'Restricted' },
];

export const roleOptions: ReadonlyArray<{ value: ParticipantRole; label: string }> = [
  { value: 'head', label: 'Head of delegation' },
  { value: 'member', label: 'Member' },
  { value: 'host', label: 'Host' },
  { value: 'observer', label: 'Observer' },
];

export const followUpStatusOptions: ReadonlyArray<{ value: FollowUpStatus; label: string }> = [
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
];

export const organizationKindOptions: ReadonlyArray<{ value: OrganizationKind; label: string }> = [
  { value: 'ministry', label: 'Ministry' },
  { value: 'government', label: 'Government body' },
  { value: 'international', label: 'International organization' },
  { value: 'ngo', label: 'NGO' },
  { value: 'company', label: 'Company' },
  { value: 'academic', label: 'Academic' },
  { value: 'media', label: 'Media' },
  { value: 'other', label: 'Other' },
];

/** An event in the Event list, labelled on the server ("66th CND session · 13–17 Mar 2023"). */
export interface EventOption {
  id: number;
  label: string;
  startDate: string;
  endDate: string;
  city: string | null;
  countryCode: string | null;
}
