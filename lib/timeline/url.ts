import { filtersToSearchParams, type MeetingFilters, readMeetingFilters } from '@/lib/filters';
import { defineUrlState } from '@/lib/url-state';
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

/**
 * The timeline's URL, read leniently (a bad value is dropped) and written canonically: the
 * filters' query string, then the group and the period.
 */
export const timelineUrl = defineUrlState<TimelineState>({
  pathname: '/timeline',
  read: (params) => ({
    filters: readMeetingFilters(params),
    group: readGroup(params.get('group')),
    view: readView(params),
  }),
  write: ({ filters, group, view }) => {
    const params = filtersToSearchParams(filters);
    if (group !== defaultGroup) params.set('group', group);
    if (view) {
      const { start, end } = viewParams(view);
      params.set('start', start);
      params.set('end', end);
    }
    return params;
  },
});
