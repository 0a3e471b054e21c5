import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import { filterKeys, type MeetingFilters } from '@/lib/filters';
import { hiddenClassifications } from '../../visibility';
import type { DbOrTx } from '../../../client';
import type { Classification } from '@/lib/domain/vocabularies';
import { cached, render } from '../cache';
import type { FacetIndex } from './block';
import { facetIndexOf } from './store';
import { tally } from './tally';
import type { SearchPlan } from '../list';
import type { SetPlan } from '../planner';
import { type MemoryScan, scan } from './scan';
import { blockInRange, memoryTests } from './predicates';

/** Sort keys kept per scan: sets larger than this are dense enough to walk the date index. */
export const KEEP_KEYS = 100_000;

/**
 * `enabled` is off only to compare with the SQL path (tests) or to time it (scripts).
 * `driverLimit`: driver sizes up to which reading its ids from SQLite beats a pass over every
 * meeting.
 */
export const memorySettings = { enabled: true, driverLimit: 10_000 };

/**
 * The ids the text search matched, ascending (the search index holds only live meetings), as
 * one JSON array: SQLite builds it faster than it hands over 60,000 rows one by one (9 ms
 * against 16 at p95 for a common prefix at 1M meetings).
 */
export function textIds(client: Database.Database, db: DbOrTx, fts: string): Int32Array {
  const query = sql`select json_group_array(rowid) from (select rowid from meetings_fts
    where meetings_fts match ${fts} order by rowid)`;
  return cached(db, query, () => {
    const { sql: text, params } = render(query);
    const json = client
      .prepare(text)
      .pluck()
      .get(...params) as string;
    return Int32Array.from(JSON.parse(json) as number[]);
  });
}

/**
 * The filtered set counted on the in-memory facet index: its total, and its (start_date, id)
 * keys when it is small enough to page from memory. Null when the index is not at hand (inside
 * a transaction), and when only text or nothing is set, where SQLite's own count is cheaper:
 * the caller then uses SQL. The viewer's hidden classifications (visibility.ts) are a test
 * like the filters'.
 */
export function memorySet(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  plan: SearchPlan,
): MemoryScan | null {
  if (!memorySettings.enabled) return null;
  const index = facetIndexOf(db);
  const client = (db as { $client?: Database.Database }).$client;
  if (!index || !client) return null;
  const fts = plan.fts;
  const hidden = hiddenClassifications(viewer);
  const tests = memoryTests(index, filters, { hidden });
  if (!tests.length) return null;
  // Nothing but the viewer's classifications: every visible meeting, counted from the tallies
  // (each meeting has exactly one status); SQLite walks the date index for the page.
  if (!fts && tests.length === 1 && hidden.length) {
    const statuses = tally(index, 'all', ['status'], hidden).status ?? new Map<string, number>();
    return { total: [...statuses.values()].reduce((a, b) => a + b, 0), keys: null };
  }
  const key = JSON.stringify([{ ...filters, sort: null }, fts, hidden]);
  return cached(
    db,
    sql`select 'memory set'`,
    () => {
      // One facet value: its count is in the tallies, and SQL pages it well from its own index.
      const single = fts ? null : singleValueCount(index, filters, hidden);
      if (single !== null) return { total: single, keys: null };
      const ids = fts ? textIds(client, db, fts) : driverIds(client, plan.set);
      return scan(index, tests, KEEP_KEYS, ids, blockInRange(filters));
    },
    key,
  );
}

/**
 * The count of a filter state that is one value of one facet, from the facet index's per-block
 * tallies (kept until a block changes): the same number the facet shows beside that value.
 * Null for any other state. Regions are left out: their filter matches names loosely.
 */
function singleValueCount(
  index: FacetIndex,
  filters: MeetingFilters,
  hidden: readonly Classification[],
): number | null {
  if (filters.from || filters.to) return null;
  const set = filterKeys.filter((k) => filters[k].length);
  const key = set[0];
  if (set.length !== 1 || !key || key === 'region' || filters[key].length !== 1) return null;
  return tally(index, 'all', [key], hidden)[key]?.get(String(filters[key][0])) ?? 0;
}

/**
 * The ids of the plan's driver when its index yields few rows (planner.ts estimates them), so
 * that only those meetings are tested; null to test every meeting, which a pass over the typed
 * arrays does faster than SQLite hands over a large id list.
 */
function driverIds(client: Database.Database, plan: SetPlan): Int32Array | null {
  const driver = plan.driver;
  if (!driver || driver.kind !== 'related' || plan.driverSize > memorySettings.driverLimit)
    return null;
  const { sql: text, params } = render(sql`select distinct id from (${driver.ids})`);
  return Int32Array.from(
    client
      .prepare(text)
      .pluck()
      .all(...params) as number[],
  );
}
