import {
  emptyFilters,
  filtersToSearchParams,
  type MeetingFilters,
  readMeetingFilters,
} from '@/lib/filters';
import { type Period, periodParams, readPeriod } from '@/lib/periods';
import { defineUrlState, queryHref } from '@/lib/url-state';

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

function readDashboard(params: URLSearchParams, today: string): DashboardState {
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

function dashboardParams(state: DashboardState): URLSearchParams {
  const params = periodParams(state.period);
  for (const [key, value] of filtersToSearchParams(state.filters)) params.append(key, value);
  if (state.split !== 'format') params.set('split', state.split);
  if (state.allFollowUps) params.set('followUps', 'all');
  return params;
}

/**
 * The dashboard's URL, read leniently (bad values are dropped, as on /meetings; the period is
 * relative to today) and written with the defaults left out.
 */
export const dashboardUrl = /* @__PURE__ */ defineUrlState<DashboardState, string>({
  pathname: '/',
  read: readDashboard,
  write: dashboardParams,
});

/**
 * The dashboard's URL of a state (`dashboardUrl.href`), with an optional `#fragment`, for every
 * link. A function of its own because the controls are client components that only write
 * links: importing `dashboardUrl` would bring its reader (the period's date maths) into the
 * browser's bundle (1.2 KB gzip on `/`).
 */
export function dashboardHref(state: DashboardState, hash = ''): string {
  return queryHref('/', dashboardParams(state), hash);
}

/** The dashboard's URL with one filter value removed. */
export function withoutValue(state: DashboardState, key: DashboardFilterKey, value: string) {
  const values = (state.filters[key] as ReadonlyArray<string | number>).filter(
    (v) => String(v) !== value,
  );
  return dashboardHref({ ...state, filters: { ...state.filters, [key]: values } });
}
