import { isoOfDate } from '@/lib/calendar';

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
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      search.append(key, v);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
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
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
