import type Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../../client';

const dialect = new SQLiteSyncDialect();

/** SQL and parameters of a drizzle `sql` fragment, e.g. to run or time it directly. */
export function render(query: SQL): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(query);
}

interface Store {
  version: string;
  entries: Map<string, { value: unknown; bytes: number }>;
  /** The typed arrays the entries hold (matched ids, kept sort keys), in bytes. */
  bytes: number;
}

/** Off only to measure the queries themselves (scripts/explain-search.ts --no-cache). */
export const searchCache = { enabled: true };

const stores = new WeakMap<Database.Database, Store>();
const MAX_ENTRIES = 2000;
/**
 * The most the typed arrays of one store may hold: a text search's ids and kept keys take up to
 * 1 MB at 1M meetings, and 2,000 of them grew the server by 2 GB, slowing every request.
 */
export const MAX_CACHED_BYTES = 64 * 1024 * 1024;

/** The bytes of the typed arrays in a cached value (itself, or its properties). */
function bytesOf(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (!value || typeof value !== 'object') return 0;
  let bytes = 0;
  for (const v of Object.values(value)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes;
}

function clientOf(db: DbOrTx): Database.Database | null {
  // A transaction handle has no $client: its reads may see uncommitted writes, so never cache.
  const client = (db as { $client?: Database.Database }).$client;
  return client && !client.inTransaction ? client : null;
}

/**
 * The result of a counting query, remembered until the database changes. The version is
 * `PRAGMA data_version` (moves when another connection commits) with this connection's
 * `total_changes()` (moves with each of its own writes), so a cached count is never stale:
 * broad counts over 1M meetings take 50–500 ms, and the list and facets repeat them on every
 * page turn and sort change.
 */
export function cached<T>(db: DbOrTx, query: SQL, run: () => T, extraKey = ''): T {
  const client = clientOf(db);
  if (!client || !searchCache.enabled) return run();
  const version = `${client.pragma('data_version', { simple: true })}:${
    client.prepare('select total_changes()').pluck().get() as number
  }`;
  let store = stores.get(client);
  if (!store || store.version !== version) {
    store = { version, entries: new Map(), bytes: 0 };
    stores.set(client, store);
  }
  const { sql, params } = render(query);
  const key = `${sql}\u0000${JSON.stringify(params)}\u0000${extraKey}`;
  const hit = store.entries.get(key);
  if (hit) {
    // Most recently used last: the oldest go first.
    store.entries.delete(key);
    store.entries.set(key, hit);
    return hit.value as T;
  }
  const value = run();
  const bytes = bytesOf(value);
  if (bytes > MAX_CACHED_BYTES / 8) return value;
  for (const [oldKey, old] of store.entries) {
    if (store.entries.size < MAX_ENTRIES && store.bytes + bytes <= MAX_CACHED_BYTES) break;
    store.entries.delete(oldKey);
    store.bytes -= old.bytes;
  }
  store.entries.set(key, { value, bytes });
  store.bytes += bytes;
  return value;
}

const estimates = new WeakMap<Database.Database, Map<string, { value: number; at: number }>>();
const ESTIMATE_TTL_MS = 10 * 60 * 1000;

/**
 * A row count used only to choose a plan, remembered for ten minutes whatever the writes: a
 * stale estimate can only make a query slower, never wrong.
 */
export function estimated(db: DbOrTx, query: SQL): number {
  const { sql, params } = render(query);
  const run = () => countOf(db, query);
  const client = clientOf(db);
  if (!client) return run();
  let map = estimates.get(client);
  if (!map) estimates.set(client, (map = new Map()));
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const hit = map.get(key);
  const now = Date.now();
  if (hit && now - hit.at < ESTIMATE_TTL_MS) return hit.value;
  const value = run();
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, { value, at: now });
  return value;
}

/** The first column of the first row, as a number. */
export function countOf(db: DbOrTx, query: SQL): number {
  const row = db.values<[number]>(query)[0];
  return Number(row?.[0] ?? 0);
}

/** How much the count cache of this connection holds (tests). */
export function cacheStats(db: DbOrTx): { entries: number; bytes: number } {
  const client = clientOf(db);
  const store = client ? stores.get(client) : undefined;
  return { entries: store?.entries.size ?? 0, bytes: store?.bytes ?? 0 };
}
