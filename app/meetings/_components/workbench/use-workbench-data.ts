'use client';

import { useQuery } from '@tanstack/react-query';
import { meetingQueries } from '@/lib/queries/meetings';
import { useFilterUrl } from './use-filter-url';

/** The meetings of the URL's filters and page, as the list and the header's total read them. */
export function useMeetingSearch() {
  const { filters, page } = useFilterUrl();
  return useQuery(meetingQueries.search(filters, page));
}

/** The facet counts of the URL's filters. */
export function useMeetingFacets() {
  const { filters } = useFilterUrl();
  return useQuery(meetingQueries.facets(filters));
}
