import { filtersToSearchParams, type MeetingFilters, readMeetingFilters } from '@/lib/filters';
import { defaultGroup, readGroup, type TimelineGroup } from './groups';
import { readView, type TimelineView, viewParams } from './view';

/**
 * What the URL of /timeline holds: the filters of /meetings (same parameters, same meaning), the
 * grouping of the lanes, and the visible period (`start`, `end`: absent for the whole set).
 */
export interface TimelineState {
  filters: MeetingFilters;
  group: TimelineGroup;
  view: TimelineView | null;
}

/** The state in a URL's query, read leniently (a bad value is dropped). */
export function readTimelineState(params: URLSearchParams): TimelineState {
  return {
    filters: readMeetingFilters(params),
    group: readGroup(params.get('group')),
    view: readView(params),
  };
}

/** The canonical URL of a state: the filters' query string, then the group and the period. */
export function timelineHref({ filters, group, view }: TimelineState): string {
  const params = filtersToSearchParams(filters);
  if (group !== defaultGroup) params.set('group', group);
  if (view) {
    const { start, end } = viewParams(view);
    params.set('start', start);
    params.set('end', end);
  }
  const query = params.toString();
  return query ? `/timeline?${query}` : '/timeline';
}
