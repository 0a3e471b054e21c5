import { isoOfDate } from '@/lib/calendar';
import { queryHref, toSearchParams } from '@/lib/url-state';

type SearchValue = string | string[] | undefined;

/** The first value of a search param. */
export function firstParam(value: SearchValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A `?page=` value as a number, or undefined when missing or malformed (the list then shows
 * page 1); the query clamps numbers past the last page to the last page.
 */
export function parsePage(value: SearchValue): number | undefined {
  const raw = firstParam(value)?.trim();
  if (!raw || !/^\d{1,9}$/.test(raw)) return undefined;
  return Number(raw);
}

/** A page's search params as a query string ("?a=1&b=2", or "" when there are none). */
export function searchOf(query: Record<string, SearchValue>): string {
  return queryHref('', toSearchParams(query));
}

/** Today's date on the server, as an ISO day. */
export function todayIso(): string {
  return isoOfDate(new Date());
}

/** A URL with its query string; pages past the first carry `?page=N`. */
export function pageHref(
  path: string,
  page: number,
  param = 'page',
  keep: Record<string, string> = {},
) {
  const query = new URLSearchParams(keep);
  if (page > 1) query.set(param, String(page));
  else query.delete(param);
  return queryHref(path, query);
}
