import type { FilterKey } from '@/lib/filters';
import type {
  Classification,
  DatePrecision,
  FollowUpStatus,
  MeetingFormat,
  MeetingStatus,
  ParticipantRole,
} from './vocabularies';

/**
 * A meeting as stored, in plain types: what crosses from db/ to the pages, the exports and the
 * browser. db/schema.ts checks that its inferred row type stays assignable to this one.
 */
export interface MeetingRecord {
  id: number;
  createdAt: number;
  updatedAt: number;
  createdBy: number | null;
  updatedBy: number | null;
  version: number;
  deletedAt: number | null;
  title: string;
  startDate: string;
  /** Equal to startDate for a day, the month's last day for a month, the range's end. */
  endDate: string;
  datePrecision: DatePrecision;
  time: string | null;
  venue: string | null;
  city: string | null;
  countryCode: string | null;
  eventId: number | null;
  format: MeetingFormat;
  status: MeetingStatus;
  summary: string | null;
  outcomes: string | null;
  classification: Classification;
}

/** A participant as every view of a meeting shows it: the list, the meeting page, the exports. */
export interface MeetingParticipantView {
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
}

/** A meeting of a list, with its participants in their recorded order. */
export type MeetingListItem = Pick<
  MeetingRecord,
  | 'id'
  | 'title'
  | 'startDate'
  | 'endDate'
  | 'datePrecision'
  | 'time'
  | 'venue'
  | 'city'
  | 'countryCode'
  | 'format'
  | 'status'
> & { participants: MeetingParticipantView[] };

/** A run of text, marked when it is one of the words the search matched. Never HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Where a text search matched: the whole title, and the best passage of the other columns. */
export interface Highlight {
  title: Segment[];
  /** A passage of the summary, outcomes, topics or venue; null if none of them matched. */
  snippet: Segment[] | null;
  /** The participants (MeetingParticipantView ids) whose name or organization matched. */
  participantIds: number[];
}

/** A meeting of the research list, plus the text search's marks. */
export type SearchItem = MeetingListItem & {
  /** Non-null only when the filters have searchable text. */
  highlight: Highlight | null;
};

export interface SearchResult {
  /** Meetings in the whole filtered set. */
  total: number;
  pageSize: number;
  /** 1-based page shown (with a cursor: the page the cursor leads to). */
  page: number;
  pageCount: number;
  /** Opaque; pass it back as `cursor` for the next page. Null on the last page. */
  nextCursor: string | null;
  items: SearchItem[];
}

/** One value of a facet, with the number of meetings the other active filters leave. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
  /** True when this value is selected in the filters (shown even with a count of 0). */
  active: boolean;
}

export type Facets = Record<FilterKey, FacetValue[]>;

/** A participant as the exports write it: the list's view without its row ids. */
export type ExportParticipant = Omit<MeetingParticipantView, 'id' | 'officialCountryCode'>;

/** A meeting with everything an export format needs. */
export type ExportMeeting = MeetingRecord & {
  eventName: string | null;
  participants: ExportParticipant[];
  topics: { id: number; name: string }[];
  sources: {
    url: string | null;
    title: string | null;
    publisher: string | null;
    publishedDate: string | null;
  }[];
  followUps: {
    description: string;
    owner: string | null;
    dueDate: string | null;
    status: FollowUpStatus;
  }[];
};
