import { emptyFilters, type MeetingFilters, readMeetingFilters } from './filters';

type SearchParams = Record<string, string | string[] | undefined>;

/** A profile page's date range (`?from=&to=`), as the meeting filters read it. */
export interface ProfileRange {
  from?: string;
  to?: string;
  /** Set when the URL asked for a range that was dropped (not a date, or From after To). */
  problem?: string;
}

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim();

/**
 * Reads `from` and `to` with the research filters' own rules (lib/filters.ts), so that a
 * profile's range means what the workbench's does; a bad value is dropped and named.
 */
export function readProfileRange(params: SearchParams): ProfileRange {
  const raw = { from: firstOf(params.from) || undefined, to: firstOf(params.to) || undefined };
  const query = new URLSearchParams();
  if (raw.from) query.set('from', raw.from);
  if (raw.to) query.set('to', raw.to);
  const { from, to } = readMeetingFilters(query);
  const range: ProfileRange = { from, to };
  if (raw.from && raw.to && raw.from > raw.to && !from && !to) {
    range.problem = 'The dates were ignored: “From” is after “To”.';
  } else if ((raw.from && !from) || (raw.to && !to)) {
    range.problem = 'A date was ignored: write dates as YYYY-MM-DD.';
  }
  return range;
}

/** The filter state of a profile: its own filter, within the page's date range. */
export function profileFilters(
  own: Partial<MeetingFilters>,
  range: Pick<ProfileRange, 'from' | 'to'>,
): MeetingFilters {
  return { ...emptyFilters, ...own, from: range.from, to: range.to };
}

/** `?from=…&to=…` plus other params to keep, for links that stay within the range. */
export function rangeQuery(
  range: Pick<ProfileRange, 'from' | 'to'>,
  keep: Record<string, string> = {},
) {
  const query = new URLSearchParams(keep);
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  return query;
}
