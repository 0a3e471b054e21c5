import { DomainError } from '../../errors';

/** Where the next page starts: after a (start_date, id) key for date sorts, at an offset for relevance. */
export type Cursor =
  | { sort: 'date_desc' | 'date_asc'; date: string; id: number; page: number }
  | { sort: 'relevance'; offset: number; page: number };

/** base64url of JSON: opaque to clients, but plain to debug. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor, or a DomainError('invalid') for anything that is not one of ours. */
export function decodeCursor(raw: string): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (isCursor(value)) return value;
  throw new DomainError('invalid', 'The cursor is not valid; start again from the first page.', {
    cursor: 'is not a cursor this API gave out.',
  });
}

function isCursor(v: unknown): v is Cursor {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  if (!Number.isSafeInteger(c.page) || (c.page as number) < 1) return false;
  if (c.sort === 'relevance') return Number.isSafeInteger(c.offset) && (c.offset as number) >= 0;
  return (
    (c.sort === 'date_desc' || c.sort === 'date_asc') &&
    typeof c.date === 'string' &&
    Number.isSafeInteger(c.id)
  );
}
