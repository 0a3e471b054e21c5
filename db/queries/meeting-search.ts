/**
 * The research workbench's query engine (issue 3): one filter meaning (lib/filters.ts) for the
 * list, its facet counts, the API and the exports. The pieces live in ./search/:
 * conditions.ts (each filter's SQL), planner.ts (which index to start from, live counts),
 * list.ts (pages, cursors, totals), facets.ts and facet-counts.ts, export.ts, fts.ts (safe
 * queries, highlights), cache.ts (counts remembered until the database changes).
 */
export { meetingFilterWhere, regionCountryCodes } from './search/where';
export { toFtsQuery } from './search/fts';
export {
  countMeetings,
  countQuery,
  pageQuery,
  searchMeetings,
  searchPlan,
  type SearchPlan,
} from './search/list';
export { meetingFacets, facetStatements, FACET_SIZE } from './search/facets';
export { iterateMeetingsForExport } from './search/export';
export { render } from './search/cache';
export type {
  ExportMeeting,
  ExportParticipant,
  FacetValue,
  Facets,
  Highlight,
  SearchItem,
  SearchOptions,
  SearchResult,
  Segment,
} from './search/types';
