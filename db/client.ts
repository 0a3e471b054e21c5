import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { searchFolds } from '@/lib/text';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle; write helpers accept either a Db or a Tx. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens (creating if needed) a SQLite database with the pragmas Parley relies on: WAL so readers
 * never wait for the writer, foreign keys enforced, and a busy timeout for concurrent writers.
 * `:memory:` gives a private in-memory database (tests).
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // The search index's `folded` column (db/writes/search-index.ts, migration 0005).
  sqlite.function('search_folds', { deterministic: true }, (text: unknown) =>
    searchFolds(typeof text === 'string' ? text : ''),
  );
  return drizzle({ client: sqlite, schema }) as Db;
}

/** Applies every committed migration not yet applied; a no-op when up to date. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}
