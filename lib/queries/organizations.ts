import { queryOptions } from '@tanstack/react-query';
import type { OrganizationKind } from '@/lib/domain/vocabularies';
import { fetchJson, queryString } from './fetch-json';

/** An organization as GET /api/organizations lists it. */
export interface OrganizationOption {
  id: number;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  countryCode: string | null;
}

/** TanStack Query options for organizations, read through GET /api/organizations. */
export const organizationQueries = {
  all: () => ['organizations'] as const,
  search: (q: string) =>
    queryOptions({
      queryKey: ['organizations', 'search', { q }] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ organizations: OrganizationOption[] }>(
          `/api/organizations${queryString({ q })}`,
          signal,
        ).then((r) => r.organizations),
      enabled: q.trim().length > 0,
      // Keep the last suggestions on screen while the next ones load.
      placeholderData: (previous) => previous,
      staleTime: 30 * 1000,
    }),
};
