import { filtersToSearchParams, readMeetingFilters } from '@/lib/filters';
import { cellFilters, compactFilterQuery, OTHERS } from './groups';
import { DAY_MS, msToIso } from './time';
import type { TimelineLane } from './types';

/**
 * The /meetings link of a lane's meetings in [start, end) (UTC milliseconds): exactly those a
 * cluster counts. Null when the period lies outside the filters' own dates.
 */
export function cellHref(lane: TimelineLane, start: number, end: number): string | null {
  const filters = readMeetingFilters(new URLSearchParams(lane.query));
  const cell = cellFilters(filters, msToIso(start), msToIso(end - DAY_MS));
  if (!cell) return null;
  const query =
    lane.key === OTHERS ? compactFilterQuery(cell) : filtersToSearchParams(cell).toString();
  return `/meetings?${query}`;
}
