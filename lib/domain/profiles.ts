import type { MeetingFilters } from '@/lib/filters';
import type { FollowUpStatus } from './vocabularies';

/** One value of a tally: how many meetings of the set have it, and the filters that list them. */
export interface Tally {
  /** The key: an ISO country code, or an id as a string. */
  value: string;
  /** Display name: country name, official name, organization acronym (else name), topic or event name. */
  label: string;
  /** Meetings counted. */
  count: number;
  /** Selects exactly those meetings: link `meetingsHref(filters)` (lib/url-state.ts). */
  filters: MeetingFilters;
}

/** Two counterparts who met each other, and the meetings they shared. */
export interface EgoLink {
  /** Official ids, `source < target`. */
  source: number;
  target: number;
  count: number;
  /** `{ official: [source, target], all: ['official'] }` within the profile's other filters. */
  filters: MeetingFilters;
}

export interface EgoNetwork {
  center: { id: number; label: string; count: number; filters: MeetingFilters };
  /** The counterparts, most met first; each `filters` = meetings with the center. */
  counterparts: Tally[];
  /** Links among the counterparts themselves. */
  links: EgoLink[];
}

/** One part of a period's bar: the meetings of the period with one format, region or topic. */
export interface PeriodPart {
  value: string;
  label: string;
  count: number;
  filters: MeetingFilters;
}

export interface PeriodCount {
  /** '2023' or '2023-03'. */
  period: string;
  /** ISO days bounding the period (clipped to the range asked for). */
  from: string;
  to: string;
  /** Meetings of the set whose date span overlaps the period. */
  count: number;
  /** The input filters with from/to narrowed to the period: they select exactly `count`. */
  filters: MeetingFilters;
  /** With a split: the parts with at least one meeting, in a fixed order (see meetingsPerPeriod). */
  parts?: PeriodPart[];
}

/** A follow-up of a profile's meetings, with the meeting it came from. */
export interface ProfileFollowUp {
  id: number;
  description: string;
  owner: string | null;
  dueDate: string | null;
  status: FollowUpStatus;
  meetingId: number;
  meetingTitle: string;
  meetingDate: string;
}
