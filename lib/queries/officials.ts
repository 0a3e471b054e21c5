import { queryOptions } from '@tanstack/react-query';
import type { OfficialSuggestion } from '@/lib/domain/directory';
import { fetchJson, queryString } from './fetch-json';

export type { OfficialSuggestion };

export interface OfficialSearchParams {
  q: string;
  /** The meeting's day: each suggestion carries the position current on it. */
  date: string | null;
}

/** TanStack Query options for officials, read through GET /api/officials. */
export const officialQueries = {
  all: () => ['officials'] as const,
  search: ({ q, date }: OfficialSearchParams) =>
    queryOptions({
      queryKey: ['officials', 'search', { q, date }] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ officials: OfficialSuggestion[] }>(
          `/api/officials${queryString({ q, date })}`,
          signal,
        ).then((r) => r.officials),
      enabled: q.trim().length > 0,
      // Keep the last suggestions on screen while the next ones load.
      placeholderData: (previous) => previous,
      staleTime: 30 * 1000,
    }),
};
