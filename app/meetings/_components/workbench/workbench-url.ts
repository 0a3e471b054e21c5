import { parsePage } from '@/app/_components/params';
import { filtersToSearchParams, type MeetingFilters, readMeetingFilters } from '@/lib/filters';

/** What the URL of /meetings holds: the filters (sort included) and the page. */
export interface WorkbenchState {
  filters: MeetingFilters;
  page: number;
}

/** The state in a URL's query, read leniently (a bad value is dropped, a bad page is 1). */
export function readWorkbenchState(params: URLSearchParams): WorkbenchState {
  return {
    filters: readMeetingFilters(params),
    page: parsePage(params.get('page') ?? undefined) || 1,
  };
}

/** The canonical URL of a state: the filters' query string, then `page` past the first. */
export function workbenchHref(pathname: string, { filters, page }: WorkbenchState): string {
  const params = filtersToSearchParams(filters);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
