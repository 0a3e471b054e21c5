import 'server-only';
import { z } from 'zod';
import { readRoute } from '@/lib/server/routes';
import { decodeCursor } from '@/lib/cursor';
import { type MeetingFilters, filterKeys, parseMeetingFilters } from '@/lib/filters';
import { fieldErrorsOf } from '@/lib/validation/common';

/**
 * Query parameters of the public read API beyond lib/server/routes.ts: list paging, the meeting filters
 * together with a handler's own parameters, and unknown parameters refused by name.
 */

/** The filter parameters of /meetings, the API, the exports and the feed (lib/filters.ts). */
export const filterParamNames: readonly string[] = [
  ...filterKeys,
  'from',
  'to',
  'q',
  'sort',
  'all',
];

/** The `limit` parameter of a list: 1 to `max`; add `.default()` or `.optional()`. */
export const listLimitParam = (max = 200) =>
  z.coerce
    .number('limit must be a number.')
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(max, `limit must be at most ${max}.`);

/** The `page` parameter (1-based) of a list that also offers page numbers. */
export const pageParam = z.coerce
  .number('page must be a number.')
  .int('page must be a whole number.')
  .min(1, 'page must be at least 1.')
  .optional();

/** The `cursor` parameter: the `nextCursor` of the previous page, as the API gave it. */
export const cursorParam = z
  .string()
  .trim()
  .min(1, 'cursor must not be empty; leave it out for the first page.')
  .max(500, 'cursor is too long; pass the nextCursor of the previous page as it is.')
  .optional();

/** The `cursor` of a keyset list ordered by `arity` columns (db/queries/api/keyset.ts). */
export const keysetCursorParam = (arity: number) =>
  cursorParam.refine(
    (v) => v === undefined || decodeCursor(v)?.length === arity,
    'cursor is not one this list gave; pass the nextCursor of the previous page.',
  );

/** The type-ahead keeps its old bounds: a few suggestions, at most 50. */
const SEARCH_MAX = 50;

/**
 * The rules of an entity list that doubles as a type-ahead: with `q` it is a search (no cursor,
 * at most 50 suggestions); without, a keyset page.
 */
export function searchListRules(
  p: { q: string; limit?: number; cursor?: string },
  ctx: z.RefinementCtx,
): void {
  if (p.q && p.cursor !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'cursor cannot be used with q.' });
  }
  if (p.q && p.limit !== undefined && p.limit > SEARCH_MAX) {
    ctx.addIssue({
      code: 'custom',
      path: ['limit'],
      message: `limit must be at most ${SEARCH_MAX} with q.`,
    });
  }
}

const badRequest = (fieldErrors: Record<string, string>, error = 'Invalid parameters.') =>
  Response.json({ error, fieldErrors }, { status: 400 });

/**
 * Parameters that no handler reads are refused by name: a misspelt filter (`countri=KZ`) would
 * otherwise be ignored silently, and the answer — or an export — would hold more than asked for.
 */
function unknownParams(params: URLSearchParams, known: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      errors[key] = `${key} is not a parameter here; expected one of ${known.join(', ')}.`;
    }
  }
  return errors;
}

export type FilteredParse<S extends z.ZodObject> =
  { ok: true; filters: MeetingFilters; params: z.output<S> } | { ok: false; response: Response };

/**
 * Parses a request's meeting filters (strictly, lib/filters.ts) together with the handler's own
 * single-valued parameters (`schema`), refusing unknown ones: either both, or the 400 naming
 * every bad parameter at once.
 */
export function parseFilteredRequest<S extends z.ZodObject>(
  request: Request,
  schema: S,
): FilteredParse<S> {
  const params = new URL(request.url).searchParams;
  const own = Object.keys(schema.shape);
  const filters = parseMeetingFilters(params);
  const single: Record<string, string> = {};
  for (const key of own) {
    const value = params.get(key);
    if (value !== null) single[key] = value;
  }
  const rest = schema.safeParse(single);
  const errors = {
    ...unknownParams(params, [...filterParamNames, ...own]),
    ...(filters.ok ? {} : filters.errors),
    ...(rest.success ? {} : fieldErrorsOf(rest.error)),
  };
  if (!filters.ok || !rest.success || Object.keys(errors).length) {
    return { ok: false, response: badRequest(errors) };
  }
  return { ok: true, filters: filters.filters, params: rest.data };
}

/**
 * A read handler over the meeting filters: 400 naming each bad parameter, else the JSON of
 * `read` (`null` is a 404; an unexpected error a 500 without internals).
 */
export async function filteredReadRoute<S extends z.ZodObject>(
  request: Request,
  schema: S,
  read: (filters: MeetingFilters, params: z.output<S>) => Promise<unknown>,
): Promise<Response> {
  const parsed = parseFilteredRequest(request, schema);
  if (!parsed.ok) return parsed.response;
  return readRoute({}, z.object({}), () => read(parsed.filters, parsed.params));
}

/**
 * A read handler over single-valued query parameters, refusing unknown ones, with readRoute's
 * 400/404/500 handling.
 */
export async function queryReadRoute<S extends z.ZodObject>(
  request: Request,
  schema: S,
  read: (params: z.output<S>) => Promise<unknown>,
): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const unknown = unknownParams(params, Object.keys(schema.shape));
  if (Object.keys(unknown).length) return badRequest(unknown);
  return readRoute(Object.fromEntries(params.entries()), schema, read);
}
