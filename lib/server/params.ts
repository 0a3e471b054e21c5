import 'server-only';
import { z } from 'zod';
import { parseId } from '@/lib/ids';
import { type MeetingFilters, emptyFilters, filterKeys, parseMeetingFilters } from '@/lib/filters';
import { fieldErrorsOf } from '@/lib/validation/common';

/**
 * Query parameters of the public read API beyond lib/server/routes.ts: list paging, the meeting filters
 * together with a handler's own parameters, and unknown parameters refused by name.
 */

/** The `q` parameter of a type-ahead search. */
export const qParam = (max = 200) =>
  z.string().trim().max(max, `q is too long (at most ${max} characters).`).default('');

/** A positive whole-number id from the path (lib/ids.ts). */
export const idParam = (what: string) =>
  z.string().transform((raw, ctx) => {
    const id = parseId(raw);
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: `The ${what} id must be a positive whole number.` });
      return z.NEVER;
    }
    return id;
  });

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

export type ParsedQuery<S extends z.ZodObject> =
  | { ok: true; filters: MeetingFilters; query: z.output<S> }
  | { ok: false; fieldErrors: Record<string, string> };

/**
 * Parses a request's single-valued parameters (`schema`) and, with `withFilters`, the meeting
 * filters (strictly, lib/filters.ts), refusing unknown ones: either all of them, or the field
 * errors naming every bad parameter at once.
 */
export function parseQuery<S extends z.ZodObject>(
  request: Request,
  schema: S,
  withFilters: boolean,
): ParsedQuery<S> {
  const params = new URL(request.url).searchParams;
  const own = Object.keys(schema.shape);
  const filters = withFilters ? parseMeetingFilters(params) : null;
  const single: Record<string, string> = {};
  for (const key of own) {
    const value = params.get(key);
    if (value !== null) single[key] = value;
  }
  const rest = schema.safeParse(single);
  const fieldErrors = {
    ...unknownParams(params, withFilters ? [...filterParamNames, ...own] : own),
    ...(filters && !filters.ok ? filters.errors : {}),
    ...(rest.success ? {} : fieldErrorsOf(rest.error)),
  };
  if (!rest.success || (filters && !filters.ok) || Object.keys(fieldErrors).length) {
    return { ok: false, fieldErrors };
  }
  return { ok: true, filters: filters?.ok ? filters.filters : emptyFilters, query: rest.data };
}
