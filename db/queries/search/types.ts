import type { FilterKey } from '@/lib/filters';
import type { FollowUp, Meeting, Source } from '../../schema';
import type { MeetingListItem, MeetingParticipantView } from '../meetings';

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

/** A meeting of the list: pageOfMeetings' row and participants, plus the text search's marks. */
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

export interface SearchOptions {
  /** Page size, 1–500; default 50. */
  limit?: number;
  /** 1-based page (offset pagination), clamped to the pages that exist. */
  page?: number;
  /** A `nextCursor` from an earlier answer; wins over `page`. */
  cursor?: string | null;
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

export interface ExportParticipant {
  officialId: number | null;
  officialName: string | null;
  organizationId: number | null;
  organizationName: string | null;
  organizationAcronym: string | null;
  role: MeetingParticipantView['role'];
  title: string | null;
  /** The country the participant represented (ISO alpha-2), fixed when the meeting was written. */
  countryCode: string | null;
}

/** A meeting with everything an export format needs. */
export type ExportMeeting = Meeting & {
  eventName: string | null;
  participants: ExportParticipant[];
  topics: { id: number; name: string }[];
  sources: Pick<Source, 'url' | 'title' | 'publisher' | 'publishedDate'>[];
  followUps: Pick<FollowUp, 'description' | 'owner' | 'dueDate' | 'status'>[];
};
