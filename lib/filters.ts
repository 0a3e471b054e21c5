import { z } from 'zod';
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

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as KZ.');
const positiveId = z.coerce
  .number('must be a number.')
  .int('must be a whole number.')
  .positive('must be a positive id.');
const day = z.string().trim().refine(isIsoDay, 'must be a date written YYYY-MM-DD.');

const elementOf = {
  country: countryCode,
  heldIn: countryCode,
  region: z.string().trim().min(1).max(80),
  organization: positiveId,
  official: positiveId,
  topic: positiveId,
  event: positiveId,
  format: z.enum(meetingFormats, `must be one of ${meetingFormats.join(', ')}.`),
  status: z.enum(meetingStatuses, `must be one of ${meetingStatuses.join(', ')}.`),
} satisfies Record<FilterKey, z.ZodType>;

const allElement = z.enum(filterKeys, `must name a filter: ${filterKeys.join(', ')}.`);

const singleOf = {
  from: day,
  to: day,
  q: z.string().trim().max(500, 'is too long (at most 500 characters).'),
  sort: z.enum(sortOrders, `must be one of ${sortOrders.join(', ')}.`),
};

/** The parsed filter state. Arrays are empty when a filter is not set. */
export const meetingFiltersSchema = z
  .object({
    country: z.array(elementOf.country).default([]),
    heldIn: z.array(elementOf.heldIn).default([]),
    region: z.array(elementOf.region).default([]),
    organization: z.array(elementOf.organization).default([]),
    official: z.array(elementOf.official).default([]),
    topic: z.array(elementOf.topic).default([]),
    event: z.array(elementOf.event).default([]),
    format: z.array(elementOf.format).default([]),
    status: z.array(elementOf.status).default([]),
    from: singleOf.from.optional(),
    to: singleOf.to.optional(),
    q: singleOf.q.optional(),
    sort: singleOf.sort.optional(),
    /** Filters whose values must all hold (AND) rather than any (OR). */
    all: z.array(allElement).default([]),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'must not be after `to`.',
    path: ['from'],
  });

export type MeetingFilters = z.output<typeof meetingFiltersSchema>;

const singleKeys = ['from', 'to', 'q', 'sort'] as const;

/** Reads repeated (`country=KZ&country=AT`) and single parameters into the schema's shape. */
function rawFilters(params: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) raw[key] = values;
  }
  for (const key of singleKeys) {
    const value = params.get(key)?.trim();
    if (value) raw[key] = value;
  }
  const all = params
    .getAll('all')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (all.length) raw.all = all;
  return raw;
}

export type ParsedFilters =
  { ok: true; filters: MeetingFilters } | { ok: false; errors: Record<string, string> };

/**
 * Parses filters from a query string, strictly: each bad parameter is named with its problem
 * (`{ country: 'country must be an ISO…' }`), for the API's 400 answers.
 */
export function parseMeetingFilters(params: URLSearchParams): ParsedFilters {
  const parsed = meetingFiltersSchema.safeParse(rawFilters(params));
  if (parsed.success) return { ok: true, filters: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'filters');
    errors[key] ??= `${key} ${issue.message}`;
  }
  return { ok: false, errors };
}

/**
 * Parses filters leniently, for pages: a bad value is dropped rather than failing the page, so
 * an old or hand-edited link still opens the closest view.
 */
export function readMeetingFilters(params: URLSearchParams): MeetingFilters {
  const raw = rawFilters(params);
  const out: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const values = (raw[key] as string[] | undefined) ?? [];
    out[key] = values.filter((v) => elementOf[key].safeParse(v).success);
  }
  for (const key of singleKeys) {
    if (raw[key] !== undefined && singleOf[key].safeParse(raw[key]).success) out[key] = raw[key];
  }
  out.all = ((raw.all as string[] | undefined) ?? []).filter(
    (k) => allElement.safeParse(k).success,
  );
  const parsed = meetingFiltersSchema.safeParse(out);
  // The only cross-field rule is from <= to: drop both ends rather than guess which is wrong.
  return parsed.success
    ? parsed.data
    : meetingFiltersSchema.parse({ ...out, from: undefined, to: undefined });
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

export const emptyFilters: MeetingFilters = meetingFiltersSchema.parse({});
