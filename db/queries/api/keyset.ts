import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type CursorKey, decodeCursor, encodeCursor, keyOfArity } from '@/lib/cursor';

/** A keyset page: the rows, and the cursor of the next page (null on the last page). */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** How a list is ordered: its columns (the last one unique, e.g. the id), all in one direction. */
export interface KeysetOrder {
  columns: readonly SQLiteColumn[];
  direction: 'asc' | 'desc';
}

/**
 * The condition "after the row whose sort key the cursor holds", as one row-value comparison
 * that SQLite answers from the sort index; undefined on the first page. A cursor this list did not
 * give out (lib/cursor.ts) is a DomainError: the route answers 400 naming `cursor`.
 */
export function afterCursor(
  order: KeysetOrder,
  cursor: string | null | undefined,
): SQL | undefined {
  if (!cursor) return undefined;
  const key = decodeCursor(cursor, keyOfArity(order.columns.length));
  const columns = sql.join(
    order.columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const values = sql.join(
    key.map((v) => sql`${v}`),
    sql`, `,
  );
  return order.direction === 'asc'
    ? sql`(${columns}) > (${values})`
    : sql`(${columns}) < (${values})`;
}

/** ORDER BY terms for `order`. */
export function orderTerms(order: KeysetOrder): SQL[] {
  return order.columns.map((c) => (order.direction === 'asc' ? sql`${c} asc` : sql`${c} desc`));
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only tells that another page exists,
 * and the cursor is the sort key of the page's last row.
 */
export function toKeysetPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => CursorKey,
): KeysetPage<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
