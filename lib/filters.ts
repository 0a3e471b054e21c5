import { meetingFormats, meetingStatuses } from '@/lib/domain/vocabularies';
import { isIsoDay } from '@/lib/dates';

/**
 * The research filters of /meetings, the API and the exports: one definition, so that what a
 * researcher sees, counts and exports always agree. Their meaning is fixed in DESIGN.md:
 * - country: some participant represents one of these countries (ISO alpha-2);
 * - heldIn: the venue's country is one of these;
 * - region: some participant represents a country of one of these regions or subregions
 *   (world-countries' `region`/`subregion`, e.g. "Europe", "Central Asia");
 * - organization: some participant belongs to one of these organizations or one under them;
 * - official: one of these officials took part;
 * - topic: one of these topics or a topic under them;
 * - event, format, status: one of these values;
 * - from/to: the meeting's date span overlaps [from, to] (either end may be open);
 * - q: full-text search (FTS5; prefix, case- and diacritics-insensitive; malformed input is
 *   read as plain words).
 * Values of one filter are alternatives (OR); different filters must all hold (AND). A filter
 * named in `all` instead needs every one of its values (`official=1&official=2&all=official`:
 * meetings where both took part), so that "met together" counts on profiles and dashboards link
 * to exactly the meetings they count.
 */
export const filterKeys = [
  'country',
  'heldIn',
  'region',
  'organization',
  'official',
  'topic',
  'event',
  'format',
  'status',
] as const;
export type FilterKey = (typeof filterKeys)[number];

export const sortOrders = ['date_desc', 'date_asc', 'relevance'] as const;
export type SortOrder = (typeof sortOrders)[number];

/**
 * One rule per value: the parsed value, or the problem with it. Plain functions rather than a
 * zod schema: the filters are read in the browser on every page with a list, and zod would
 * weigh on each of them; these rules are the only definition, used strictly by the API and
 * leniently by pages.
 */
type Rule<T> = (raw: string) => { value: T } | { error: string };

const oneOf =
  <T extends string>(
    values: readonly T[],
    message = `must be one of ${values.join(', ')}.`,
  ): Rule<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw) ? { value: raw as T } : { error: message };

const countryCode: Rule<string> = (raw) => {
  const value = raw.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(value)
    ? { value }
    : { error: 'must be an ISO 3166-1 alpha-2 country code such as KZ.' };
};

const positiveId: Rule<number> = (raw) => {
  const value = Number(raw);
  if (raw.trim() === '' || Number.isNaN(value)) return { error: 'must be a number.' };
  if (!Number.isInteger(value)) return { error: 'must be a whole number.' };
  if (value <= 0) return { error: 'must be a positive id.' };
  return { value };
};

const text =
  (min: number, max: number): Rule<string> =>
  (raw) => {
    const value = raw.trim();
    if (value.length < min) return { error: `must be at least ${min} characters.` };
    if (value.length > max) return { error: `is too long (at most ${max} characters).` };
    return { value };
  };

const day: Rule<string> = (raw) => {
  const value = raw.trim();
  return isIsoDay(value) ? { value } : { error: 'must be a date written YYYY-MM-DD.' };
};

const elementOf = {
  country: countryCode,
  heldIn: countryCode,
  region: text(1, 80),
  organization: positiveId,
  official: positiveId,
  topic: positiveId,
  event: positiveId,
  format: oneOf(meetingFormats),
  status: oneOf(meetingStatuses),
} satisfies Record<FilterKey, Rule<unknown>>;

const allElement = oneOf(filterKeys, `must name a filter: ${filterKeys.join(', ')}.`);

const singleOf = {
  from: day,
  to: day,
  q: text(0, 500),
  sort: oneOf(sortOrders),
};

type ValueOf<R> = R extends Rule<infer T> ? T : never;

/** The parsed filter state. Arrays are empty when a filter is not set. */
export type MeetingFilters = {
  -readonly [K in FilterKey]: ValueOf<(typeof elementOf)[K]>[];
} & {
  from?: string;
  to?: string;
  q?: string;
  sort?: SortOrder;
  /** Filters whose values must all hold (AND) rather than any (OR). */
  all: FilterKey[];
};

const singleKeys = ['from', 'to', 'q', 'sort'] as const;

/** The values of a repeated (`country=KZ&country=AT`) or comma-separated parameter. */
const listOf = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * Reads the filters from a query string: every value through its rule. `strict` keeps the first
 * problem of each parameter; otherwise a bad value is simply left out.
 */
function readFilters(
  params: URLSearchParams,
  errors: Record<string, string> | null,
): MeetingFilters {
  const out: Record<string, unknown> = {};
  const take = <T>(key: string, rule: Rule<T>, raw: string): T | undefined => {
    const result = rule(raw);
    if ('value' in result) return result.value;
    if (errors) errors[key] ??= `${key} ${result.error}`;
    return undefined;
  };
  for (const key of filterKeys) {
    const rule: Rule<unknown> = elementOf[key];
    out[key] = listOf(params, key)
      .map((raw) => take(key, rule, raw))
      .filter((v) => v !== undefined);
  }
  for (const key of singleKeys) {
    const raw = params.get(key)?.trim();
    if (raw) out[key] = take(key, singleOf[key] as Rule<unknown>, raw);
  }
  out.all = listOf(params, 'all')
    .map((raw) => take('all', allElement, raw))
    .filter((v) => v !== undefined);
  return out as MeetingFilters;
}

export type ParsedFilters =
  { ok: true; filters: MeetingFilters } | { ok: false; errors: Record<string, string> };

/**
 * Parses filters from a query string, strictly: each bad parameter is named with its problem
 * (`{ country: 'country must be an ISO…' }`), for the API's 400 answers.
 */
export function parseMeetingFilters(params: URLSearchParams): ParsedFilters {
  const errors: Record<string, string> = {};
  const filters = readFilters(params, errors);
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.from ??= 'from must not be after `to`.';
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, filters };
}

/**
 * Parses filters leniently, for pages: a bad value is dropped rather than failing the page, so
 * an old or hand-edited link still opens the closest view.
 */
export function readMeetingFilters(params: URLSearchParams): MeetingFilters {
  const filters = readFilters(params, null);
  // The only cross-field rule is from <= to: drop both ends rather than guess which is wrong.
  if (filters.from && filters.to && filters.from > filters.to) {
    delete filters.from;
    delete filters.to;
  }
  return filters;
}

/** The canonical query string for a filter state (stable order, defaults left out). */
export function filtersToSearchParams(filters: Partial<MeetingFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const values = filters[key] as ReadonlyArray<string | number> | undefined;
    for (const v of [...new Set(values ?? [])].sort()) params.append(key, String(v));
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort && filters.sort !== defaultSort(filters)) params.set('sort', filters.sort);
  for (const key of matchingAll(filters)) params.append('all', key);
  return params;
}

/**
 * The filters that need all their values, in a stable order: only those with two or more
 * values, where "all" and "any" differ.
 */
export function matchingAll(filters: Partial<MeetingFilters>): FilterKey[] {
  const all = new Set(filters.all ?? []);
  return filterKeys.filter(
    (k) => all.has(k) && new Set((filters[k] as ReadonlyArray<unknown> | undefined) ?? []).size > 1,
  );
}

/** Relevance when there is text to rank by, else newest first. */
export function defaultSort(filters: Partial<MeetingFilters>): SortOrder {
  return filters.q ? 'relevance' : 'date_desc';
}

/** The sort in force: relevance only makes sense with text. */
export function effectiveSort(filters: Partial<MeetingFilters>): SortOrder {
  const sort = filters.sort ?? defaultSort(filters);
  return sort === 'relevance' && !filters.q ? 'date_desc' : sort;
}

/** True when no filter is set (sort aside). */
export function hasFilters(filters: MeetingFilters): boolean {
  return (
    filterKeys.some((k) => filters[k].length > 0) ||
    Boolean(filters.from || filters.to || filters.q)
  );
}

export const emptyFilters: MeetingFilters = readMeetingFilters(new URLSearchParams());
