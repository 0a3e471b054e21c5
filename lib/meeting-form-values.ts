import type {
  Classification,
  DatePrecision,
  FollowUpStatus,
  MeetingFormat,
  MeetingStatus,
  ParticipantRole,
} from '@/lib/domain/vocabularies';
import { isIsoDay, isIsoMonth } from '@/lib/dates';
import type { MeetingFormValues } from '@/lib/validation/meeting';

/** A participant as the form holds it: the schema's fields plus what the row shows. */
export interface ParticipantRow {
  key: string;
  officialId: number | null;
  organizationId: number | null;
  role: ParticipantRole;
  title: string;
  /** The official's name (or the organization's, for an organization-only participant). */
  name: string;
  /** Organization and country, so namesakes can be told apart in the row. */
  detail: string;
}

export interface TopicChip {
  key: string;
  id?: number;
  name: string;
}

export interface SourceRow {
  key: string;
  url: string;
  title: string;
  publisher: string;
  publishedDate: string;
}

export interface FollowUpRow {
  key: string;
  id?: number;
  description: string;
  owner: string;
  dueDate: string;
  status: FollowUpStatus;
}

/** Everything the logging form edits, as strings where the inputs hold strings. */
export interface MeetingFormState {
  title: string;
  datePrecision: DatePrecision;
  date: string;
  endDate: string;
  time: string;
  venue: string;
  city: string;
  countryCode: string;
  eventId: number | null;
  format: MeetingFormat;
  status: MeetingStatus;
  classification: Classification;
  summary: string;
  outcomes: string;
  participants: ParticipantRow[];
  topics: TopicChip[];
  sources: SourceRow[];
  followUps: FollowUpRow[];
}

/** The parts of a loaded meeting (db/queries getMeeting) that the form needs. */
export interface MeetingRecordForForm {
  title: string;
  datePrecision: DatePrecision;
  startDate: string;
  endDate: string;
  time: string | null;
  venue: string | null;
  city: string | null;
  countryCode: string | null;
  eventId: number | null;
  format: MeetingFormat;
  status: MeetingStatus;
  classification: Classification;
  summary: string | null;
  outcomes: string | null;
  participants: ReadonlyArray<{
    id: number;
    officialId: number | null;
    officialName: string | null;
    officialCountryCode: string | null;
    organizationId: number | null;
    organizationName: string | null;
    organizationAcronym: string | null;
    role: ParticipantRole;
    title: string | null;
    countryCode: string | null;
  }>;
  topics: ReadonlyArray<{ id: number; name: string }>;
  sources: ReadonlyArray<{
    id: number;
    url: string | null;
    title: string | null;
    publisher: string | null;
    publishedDate: string | null;
  }>;
  followUps: ReadonlyArray<{
    id: number;
    description: string;
    owner: string | null;
    dueDate: string | null;
    status: FollowUpStatus;
  }>;
}

let keySeq = 0;
/** A React key for a row added in the browser. */
export function newRowKey(prefix = 'row'): string {
  keySeq += 1;
  return `${prefix}-new-${keySeq}`;
}

/** The blank form for /meetings/new. */
export function emptyMeetingForm(): MeetingFormState {
  return {
    title: '',
    datePrecision: 'day',
    date: '',
    endDate: '',
    time: '',
    venue: '',
    city: '',
    countryCode: '',
    eventId: null,
    format: 'bilateral',
    status: 'held',
    classification: 'public',
    summary: '',
    outcomes: '',
    participants: [],
    topics: [],
    sources: [],
    followUps: [],
  };
}

export const emptySource = (): SourceRow => ({
  key: newRowKey('source'),
  url: '',
  title: '',
  publisher: '',
  publishedDate: '',
});

export const emptyFollowUp = (): FollowUpRow => ({
  key: newRowKey('follow-up'),
  description: '',
  owner: '',
  dueDate: '',
  status: 'open',
});

/** "Ministry of Foreign Affairs of Kazakhstan, Kazakhstan": who a participant is, after the name. */
export function participantDetail(
  organizationName: string | null | undefined,
  countryName: string | null | undefined,
): string {
  return [organizationName, countryName].filter(Boolean).join(', ');
}

/**
 * A stored meeting as form state: month precision shows as 'YYYY-MM', a range as its start and
 * end; `countryName` turns ISO codes into names (the caller owns the country list).
 */
export function meetingToFormState(
  m: MeetingRecordForForm,
  countryName: (code: string) => string,
): MeetingFormState {
  return {
    title: m.title,
    datePrecision: m.datePrecision,
    date: m.datePrecision === 'month' ? m.startDate.slice(0, 7) : m.startDate,
    endDate: m.datePrecision === 'range' ? m.endDate : '',
    time: m.time ?? '',
    venue: m.venue ?? '',
    city: m.city ?? '',
    countryCode: m.countryCode ?? '',
    eventId: m.eventId,
    format: m.format,
    status: m.status,
    classification: m.classification,
    summary: m.summary ?? '',
    outcomes: m.outcomes ?? '',
    participants: m.participants.map((p) => {
      const code = p.countryCode ?? p.officialCountryCode;
      return {
        key: `participant-${p.id}`,
        officialId: p.officialId,
        organizationId: p.organizationId,
        role: p.role,
        title: p.title ?? '',
        name: p.officialName ?? p.organizationName ?? 'Unknown participant',
        detail: participantDetail(
          p.officialName ? p.organizationName : null,
          code && countryName(code),
        ),
      };
    }),
    topics: m.topics.map((t) => ({ key: `topic-${t.id}`, id: t.id, name: t.name })),
    sources: m.sources.map((s) => ({
      key: `source-${s.id}`,
      url: s.url ?? '',
      title: s.title ?? '',
      publisher: s.publisher ?? '',
      publishedDate: s.publishedDate ?? '',
    })),
    followUps: m.followUps.map((f) => ({
      key: `follow-up-${f.id}`,
      id: f.id,
      description: f.description,
      owner: f.owner ?? '',
      dueDate: f.dueDate ?? '',
      status: f.status,
    })),
  };
}

/** Form state as the input of `meetingInput`: display-only fields and row keys dropped. */
export function toMeetingValues(s: MeetingFormState): MeetingFormValues {
  return {
    title: s.title,
    datePrecision: s.datePrecision,
    date: s.date,
    endDate: s.datePrecision === 'range' ? s.endDate : '',
    time: s.time,
    venue: s.venue,
    city: s.city,
    countryCode: s.countryCode,
    eventId: s.eventId,
    format: s.format,
    status: s.status,
    classification: s.classification,
    summary: s.summary,
    outcomes: s.outcomes,
    participants: s.participants.map((p) => ({
      officialId: p.officialId,
      organizationId: p.organizationId,
      role: p.role,
      title: p.title,
    })),
    topics: s.topics.map((t) => (t.id ? { id: t.id, name: t.name } : { name: t.name })),
    sources: s.sources.map((r) => ({
      url: r.url,
      title: r.title,
      publisher: r.publisher,
      publishedDate: r.publishedDate,
    })),
    followUps: s.followUps.map((f) => ({
      ...(f.id ? { id: f.id } : {}),
      description: f.description,
      owner: f.owner,
      dueDate: f.dueDate,
      status: f.status,
    })),
  };
}

/** The day whose positions prefill participants' titles: the meeting's (first) day, if valid. */
export function searchDateOf(s: Pick<MeetingFormState, 'datePrecision' | 'date'>): string | null {
  if (s.datePrecision === 'month') {
    const month = s.date.slice(0, 7);
    return isIsoMonth(month) ? `${month}-01` : null;
  }
  return isIsoDay(s.date) ? s.date : null;
}

/** The date input's value after the precision changes: a day becomes its month and back. */
export function convertDate(date: string, to: DatePrecision): string {
  if (to === 'month') return isIsoDay(date) ? date.slice(0, 7) : date;
  return isIsoMonth(date) ? `${date}-01` : date;
}
