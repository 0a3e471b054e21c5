import { queryOptions } from '@tanstack/react-query';
import type { OfficialDuplicate, OrganizationDuplicate } from '@/lib/domain/directory';
import { fetchJson, queryString } from './fetch-json';

export type { OfficialDuplicate, OrganizationDuplicate };

export interface DuplicateCheck {
  name: string;
  country?: string;
  /** The record being edited, never its own duplicate. */
  exclude?: number | null;
}

/** A name worth checking: three letters or more. */
export const checkable = (name: string) => name.trim().length >= 3;

/**
 * TanStack Query options for the duplicate checks that forms run as the user types a name
 * (GET /api/officials/duplicates, /api/organizations/duplicates).
 */
export const duplicateQueries = {
  officials: (check: DuplicateCheck & { date?: string }) =>
    queryOptions({
      queryKey: ['officials', 'duplicates', check] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ candidates: OfficialDuplicate[] }>(
          `/api/officials/duplicates${queryString({ ...check })}`,
          signal,
        ).then((r) => r.candidates),
      enabled: checkable(check.name),
      staleTime: 30 * 1000,
    }),
  organizations: (check: DuplicateCheck & { acronym?: string }) =>
    queryOptions({
      queryKey: ['organizations', 'duplicates', check] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ candidates: OrganizationDuplicate[] }>(
          `/api/organizations/duplicates${queryString({ ...check })}`,
          signal,
        ).then((r) => r.candidates),
      enabled: check.name.trim().length >= 2,
      staleTime: 30 * 1000,
    }),
};
