import {
  emptyFilters,
  filtersToSearchParams,
  type MeetingFilters,
  readMeetingFilters,
} from '@/lib/filters';
import { type Period, periodParams, readPeriod } from '@/lib/periods';

/** The filters the dashboard applies to every widget; the period is separate. */
export const dashboardFilterKeys = ['country', 'organization', 'topic', 'official'] as const;
export type DashboardFilterKey = (typeof dashboardFilterKeys)[number];

export const chartSplits = ['format', 'region'] as const;
export type ChartSplit = (typeof chartSplits)[number];

/** Everything the dashboard's URL holds. */
export interface DashboardState {
  period: Period;
  /** Only the dashboard's filter keys are set; everything else is empty. */
  filters: MeetingFilters;
  split: ChartSplit;
  /** Every open follow-up of the period rather than the overdue and due soon. */
  allFollowUps: boolean;
}

/** The state a URL asks for, read leniently: bad values are dropped, as on /meetings. */
export function readDashboardState(params: URLSearchParams, today: string): DashboardState {
  const read = readMeetingFilters(params);
  const filters: MeetingFilters = { ...emptyFilters };
  for (const key of dashboardFilterKeys) (filters[key] as unknown) = read[key];
  const split = params.get('split');
  return {
    period: readPeriod(params, today),
    filters,
    split: split === 'region' ? 'region' : 'format',
    allFollowUps: params.get('followUps') === 'all',
  };
}

/** The dashboard's URL for a state (defaults left out), with an optional #fragment. */
export function dashboardHref(state: DashboardState, hash = ''): string {
  const params = periodParams(state.period);
  for (const [key, value] of filtersToSearchParams(state.filters)) params.append(key, value);
  if (state.split !== 'format') params.set('split', state.split);
  if (state.allFollowUps) params.set('followUps', 'all');
  const query = params.toString();
  return `/${query ? `?${query}` : ''}${hash}`;
}

/** The dashboard's URL with one filter value removed. */
export function withoutValue(state: DashboardState, key: DashboardFilterKey, value: string) {
  const values = (state.filters[key] as ReadonlyArray<string | number>).filter(
    (v) => String(v) !== value,
  );
  return dashboardHref({ ...state, filters: { ...state.filters, [key]: values } });
}

/** The /meetings list of exactly a filter state. */
export function meetingsHref(filters: Partial<MeetingFilters>): string {
  const query = filtersToSearchParams(filters).toString();
  return query ? `/meetings?${query}` : '/meetings';
}
