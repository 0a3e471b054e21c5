import { DomainError } from '@/lib/domain/errors';

/**
 * Opaque cursors for every paged list of the API: the position after the last row of a page —
 * a keyset list's sort key (`['Umarov, Kairat', 12]`), the meeting search's sort, key and page —
 * as base64url JSON. Opaque to clients so that the position can change without breaking the
 * API's contract, plain to debug. One contract for every list: a cursor the list did not give
 * out is a DomainError('invalid') naming `cursor`, which every route answers with a 400.
 */

/** The cursor for a page that ends at `position`. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The refusal of a cursor: a 400 naming `cursor`, with what to do instead. */
export function invalidCursor(why = 'is not a cursor this list gave out') {
  return new DomainError('invalid', 'The cursor is not valid; start again from the first page.', {
    cursor: `cursor ${why}; pass the nextCursor of the previous page, or leave it out.`,
  });
}

/** The position in `cursor` when `accept` recognises it as this list's; else `invalidCursor`. */
export function decodeCursor<T>(cursor: string, accept: (value: unknown) => value is T): T {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!accept(value)) throw invalidCursor();
  return value;
}

/** A keyset list's sort key: the values of its order's columns for one row. */
export type CursorKey = ReadonlyArray<string | number | null>;

/** Accepts the sort key of a keyset list ordered by `arity` columns. */
export const keyOfArity =
  (arity: number) =>
  (value: unknown): value is CursorKey =>
    Array.isArray(value) &&
    value.length === arity &&
    value.every(
      (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    );
