import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString } from './fetch-json';

/** A topic as GET /api/topics lists it. */
export interface TopicOption {
  id: number;
  name: string;
  slug: string;
}

/** TanStack Query options for topics, read through GET /api/topics. */
export const topicQueries = {
  all: () => ['topics'] as const,
  search: (q: string) =>
    queryOptions({
      queryKey: ['topics', 'search', { q }] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ topics: TopicOption[] }>(`/api/topics${queryString({ q })}`, signal).then(
          (r) => r.topics,
        ),
      enabled: q.trim().length > 0,
      // Keep the last suggestions on screen while the next ones load.
      placeholderData: (previous) => previous,
      staleTime: 30 * 1000,
    }),
};
