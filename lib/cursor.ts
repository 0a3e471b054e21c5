/**
 * Opaque cursors for keyset pagination: the sort key of the last row of a page (e.g.
 * `['Umarov, Kairat', 12]`), as base64url JSON. Opaque to clients so that the sort key can change
 * without breaking the API's contract; decoding is strict so that a mangled cursor is a 400.
 */
export type CursorKey = ReadonlyArray<string | number | null>;

/** The cursor for a page that ends with the row whose sort key is `key`. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key in `cursor`, or null when it is not a cursor that `encodeCursor` made. */
export function decodeCursor(cursor: string): CursorKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length === 0) return null;
    const ok = value.every(
      (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    );
    return ok ? (value as CursorKey) : null;
  } catch {
    return null;
  }
}

/** True for a cursor that `encodeCursor` could have made. */
export function isCursor(cursor: string): boolean {
  return decodeCursor(cursor) !== null;
}
