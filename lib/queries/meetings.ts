import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Facets, SearchResult } from '@/lib/domain/meetings';
import { type MeetingFilters, filtersToSearchParams } from '@/lib/filters';
import { fetchJson } from './fetch-json';

/** Meetings per page of /meetings, on the server's first paint and in the browser alike. */
export const MEETINGS_PAGE_SIZE = 50;

export type {
  FacetValue,
  SearchItem as MeetingSearchItem,
  SearchResult as MeetingSearchResult,
  Segment as HighlightSegment,
} from '@/lib/domain/meetings';

/** Each filter's values (top ones by count, plus every active one), as GET /api/facets gives them. */
export type MeetingFacets = Facets;

/**
 * Where the meeting queries read from: the JSON API in the browser; the server's first paint
 * passes one that calls db/ directly, under the same query keys.
 */
export interface MeetingSource {
  search: (filters: MeetingFilters, page: number, signal?: AbortSignal) => Promise<SearchResult>;
  facets: (filters: MeetingFilters, signal?: AbortSignal) => Promise<MeetingFacets>;
}

/** The canonical query string of a filter state (no `?`), as the URL, API and exports use it. */
export function filterQuery(filters: Partial<MeetingFilters>): string {
  return filtersToSearchParams(filters).toString();
}

/** The API's URL for one page of meetings matching `filters`. */
export function searchUrl(filters: MeetingFilters, page: number): string {
  const params = filtersToSearchParams(filters);
  params.set('page', String(page));
  params.set('limit', String(MEETINGS_PAGE_SIZE));
  return `/api/meetings?${params.toString()}`;
}

/** The API's URL for the facet counts under `filters`. */
export function facetsUrl(filters: MeetingFilters): string {
  const query = filterQuery(filters);
  return query ? `/api/facets?${query}` : '/api/facets';
}

/** Reads through GET /api/meetings and GET /api/facets. */
export const meetingApi: MeetingSource = {
  search: (filters, page, signal) => fetchJson<SearchResult>(searchUrl(filters, page), signal),
  facets: (filters, signal) => fetchJson<MeetingFacets>(facetsUrl(filters), signal),
};

/** TanStack Query options for the meetings workbench (/meetings). */
export const meetingQueries = {
  all: () => ['meetings'] as const,
  search: (filters: MeetingFilters, page: number, source: MeetingSource = meetingApi) =>
    queryOptions({
      queryKey: ['meetings', 'search', filterQuery(filters), page] as const,
      queryFn: ({ signal }) => source.search(filters, page, signal),
      // The last results stay on screen (dimmed) while the next ones load: no layout jump.
      placeholderData: keepPreviousData,
    }),
  facets: (filters: MeetingFilters, source: MeetingSource = meetingApi) =>
    queryOptions({
      queryKey: ['meetings', 'facets', filterQuery(filters)] as const,
      queryFn: ({ signal }) => source.facets(filters, signal),
      placeholderData: keepPreviousData,
    }),
};
