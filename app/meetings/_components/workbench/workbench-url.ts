import { filtersToSearchParams, type MeetingFilters, readMeetingFilters } from '@/lib/filters';
import { parsePage } from '@/lib/page-params';
import { defineUrlState } from '@/lib/url-state';

/** What the URL of /meetings holds: the filters (sort included) and the page. */
export interface WorkbenchState {
  filters: MeetingFilters;
  page: number;
}

/**
 * The workbench's URL, read leniently (a bad value is dropped, a bad page is 1) and written
 * canonically: the filters' query string, then `page` past the first.
 */
export const workbenchUrl = defineUrlState<WorkbenchState>({
  pathname: '/meetings',
  read: (params) => ({
    filters: readMeetingFilters(params),
    page: parsePage(params.get('page') ?? undefined) || 1,
  }),
  write: ({ filters, page }) => {
    const params = filtersToSearchParams(filters);
    if (page > 1) params.set('page', String(page));
    return params;
  },
});
