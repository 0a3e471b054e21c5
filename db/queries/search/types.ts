export type {
  Segment,
  Highlight,
  SearchItem,
  SearchResult,
  FacetValue,
  Facets,
  ExportParticipant,
  ExportMeeting,
} from '@/lib/domain/meetings';

export interface SearchOptions {
  /** Page size, 1–500; default 50. */
  limit?: number;
  /** 1-based page (offset pagination), clamped to the pages that exist. */
  page?: number;
  /** A `nextCursor` from an earlier answer; wins over `page`. */
  cursor?: string | null;
}
