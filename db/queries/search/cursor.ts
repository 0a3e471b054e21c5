import { decodeCursor as decode, encodeCursor } from '@/lib/cursor';

/** Where the next page starts: after a (start_date, id) key for date sorts, at an offset for relevance. */
export type Cursor =
  | { sort: 'date_desc' | 'date_asc'; date: string; id: number; page: number }
  | { sort: 'relevance'; offset: number; page: number };

export { encodeCursor };

/** The search's position in `raw`; a cursor it did not give out is lib/cursor.ts's 400. */
export const decodeCursor = (raw: string): Cursor => decode(raw, isCursor);
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
