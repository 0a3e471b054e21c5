import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** `column LIKE '%word%'`, with LIKE's wildcards in the word taken literally. */
export function containsWord(column: SQLiteColumn, word: string): SQL {
  return sql`${column} like ${`%${word.replace(/[%_\\]/g, '\\$&')}%`} escape '\\'`;
}
