'use client';

import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useUrlState } from '@/components/filters/use-url-state';
import type { MeetingFilters } from '@/lib/filters';
import { meetingQueries } from '@/lib/queries/meetings';
import type { HistoryMode } from '@/lib/url-state';
import { workbenchUrl } from './workbench-url';

/** The workbench's state in the URL; new filters go back to page 1. */
export function useWorkbenchUrl() {
  const { state, go } = useUrlState(workbenchUrl);
  const { filters } = state;
  const setFilters = useCallback(
    (next: MeetingFilters, mode: HistoryMode = 'push') => go({ filters: next, page: 1 }, mode),
    [go],
  );
  const setPage = useCallback((page: number) => go({ filters, page }, 'push'), [go, filters]);
  return { ...state, setFilters, setPage };
}

/** The meetings of the URL's filters and page, as the list and the header's total read them. */
export function useMeetingSearch() {
  const { filters, page } = useWorkbenchUrl();
  return useQuery(meetingQueries.search(filters, page));
}

/** The facet counts of the URL's filters. */
export function useMeetingFacets() {
  const { filters } = useWorkbenchUrl();
  return useQuery(meetingQueries.facets(filters));
}
