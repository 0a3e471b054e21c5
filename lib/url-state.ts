import { filtersToSearchParams, type MeetingFilters } from '@/lib/filters';

/** `push` adds a history entry (back returns to the state before); `replace` rewrites it. */
export type HistoryMode = 'push' | 'replace';

/** A page's `searchParams` prop. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/**
 * How one page keeps its state in the query string. `read` is lenient (a bad value is dropped,
 * as if absent) and may need something the request knows, such as today's date; `write` gives
 * the canonical parameters, defaults left out, so that one state has one URL.
 */
export interface UrlStateSpec<S, C = void> {
  /** The page's path: `/meetings`, `/timeline`, `/`. */
  pathname: string;
  read: (params: URLSearchParams, context: C) => S;
  write: (state: S) => URLSearchParams;
}

/** A page's URL state: read on the server and in the browser, written as canonical links. */
export interface UrlState<S, C = void> extends UrlStateSpec<S, C> {
  /** The canonical URL of a state, with an optional `#fragment`. */
  href: (state: S, hash?: string) => string;
  /** The state of a page's `searchParams` prop. */
  parse: (record: SearchParamsRecord, context: C) => S;
}

/**
 * Declares a page's URL state. The server page reads it with `parse`, links are made with
 * `href`, and client components follow and change it with `useUrlState`
 * (components/filters/use-url-state.ts): one mechanism for /meetings, /timeline and the dashboard.
 */
export function defineUrlState<S, C = void>(spec: UrlStateSpec<S, C>): UrlState<S, C> {
  return {
    ...spec,
    href: (state, hash = '') => queryHref(spec.pathname, spec.write(state), hash),
    parse: (record, context) => spec.read(toSearchParams(record), context),
  };
}

/** A path with its query string (none when there are no parameters) and an optional fragment. */
export function queryHref(pathname: string, params: URLSearchParams, hash = ''): string {
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/** A page's `searchParams` object as URLSearchParams, repeated keys kept. */
export function toSearchParams(record: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, v);
    }
  }
  return params;
}

/** The /meetings list of exactly a filter state (the first page). */
export function meetingsHref(filters: Partial<MeetingFilters>): string {
  return queryHref('/meetings', filtersToSearchParams(filters));
}
