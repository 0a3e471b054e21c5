import type Database from 'better-sqlite3';
import { type SQL, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import {
  emptyFilters,
  filterKeys,
  type FilterKey,
  matchingAll,
  type MeetingFilters,
} from '@/lib/filters';
import { hiddenClassifications } from '../visibility';
import type { DbOrTx } from '../../client';
import { cached, render } from './cache';
import { conditionsOf } from './conditions';
import { type FacetStatement, facetStatement } from './facet-counts';
import type { FacetIndex } from './memory/block';
import { facetIndexOf } from './memory/store';
import { toFtsQuery } from './fts';
import { facetSetIds } from './memory/scan';
import { blockInRange, keyedTests } from './memory/predicates';
import { memorySettings, textIds } from './memory/matching-set';
import { facetLabels } from './facet-labels';
import { tally, type Tallies } from './memory/tally';
import { planSet, setIds } from './planner';
import type { Facets, FacetValue } from './types';

/** Values shown per facet, besides the active ones. */
export const FACET_SIZE = 30;

/** The values a filter has selected, as facet values (strings). */
const activeOf = (filters: MeetingFilters, key: FilterKey) =>
  (filters[key] as ReadonlyArray<string | number>).map(String);

/**
 * The sets the facets count over: one for every facet whose filter is not set (all the
 * filters), and one for each set filter (all the others: its own values are alternatives, so
 * they must not narrow each other). A filter that needs all its values counts over all the
 * filters, its own included: each value's count is what adding it would leave.
 */
function facetSetSpecs(filters: MeetingFilters): Array<{ keys: FilterKey[]; except?: FilterKey }> {
  const all = matchingAll(filters);
  const open = filterKeys.filter((k) => !activeOf(filters, k).length || all.includes(k));
  const specs: Array<{ keys: FilterKey[]; except?: FilterKey }> = [];
  if (open.length) specs.push({ keys: open });
  for (const key of filterKeys) if (!open.includes(key)) specs.push({ keys: [key], except: key });
  return specs;
}

function facetSets(viewer: Viewer, filters: MeetingFilters) {
  return facetSetSpecs(filters).map(({ keys, except }) => ({
    keys,
    conditions: conditionsOf(filters, { viewer, except }),
  }));
}

/**
 * Every facet counted on the in-memory index, its sets selected there too in one pass
 * (memory/scan.ts); null when the memory path is off.
 */
function countInMemory(
  db: DbOrTx,
  index: FacetIndex,
  viewer: Viewer,
  filters: MeetingFilters,
): Tallies | null {
  const client = (db as { $client?: Database.Database }).$client;
  if (!memorySettings.enabled || !client) return null;
  const fts = toFtsQuery(filters.q ?? '');
  const specs = facetSetSpecs(filters);
  const except = specs.flatMap((s) => (s.except ? [s.except] : []));
  const run = (): Tallies => {
    const matched = fts ? textIds(client, db, fts) : null;
    const hidden = hiddenClassifications(viewer);
    const tests = keyedTests(index, filters);
    if (!tests.length && !matched) return tally(index, 'all', [...filterKeys], hidden);
    // A set whose only tests are its own filter's is every meeting: its tallies are kept.
    const everything = (key: FilterKey) => !matched && tests.every((t) => t.key === key);
    // The date range applies to every set, so whole blocks outside it are passed over.
    const sets = facetSetIds(
      index,
      [...keyedTests(index, emptyFilters, { hidden }), ...tests],
      except.filter((k) => !everything(k)),
      matched,
      blockInRange(filters),
    );
    const out: Tallies = {};
    for (const { keys, except: key } of specs) {
      if (key && everything(key)) Object.assign(out, tally(index, 'all', keys, hidden));
      else Object.assign(out, tally(index, key ? sets.without.get(key)! : sets.all, keys));
    }
    return out;
  };
  return cached(
    db,
    sql`select 'memory facets'`,
    run,
    JSON.stringify([{ ...filters, sort: null }, fts, hiddenClassifications(viewer)]),
  );
}

/**
 * The SQL that counts every facet (inside a transaction, where the in-memory index is not
 * used, and for EXPLAIN): per facet, counts over the set, and those of its deleted meetings.
 */
export function facetStatements(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
): FacetStatement[] {
  return facetSets(viewer, filters).flatMap(({ keys, conditions }) => {
    const plan = planSet(db, conditions);
    return keys.map((key) => facetStatement(key, plan));
  });
}

/**
 * The SQL that selects each facet set's meeting ids, which the in-memory facet index counts
 * (memory/store.ts); null for a set of every meeting, which needs no SQL.
 */
export function facetSetQueries(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
): Array<{ keys: FilterKey[]; ids: SQL | null }> {
  return facetSets(viewer, filters).map(({ keys, conditions }) => ({
    keys,
    ids: conditions.length ? setIds(planSet(db, conditions)) : null,
  }));
}

type CountRow = { value: string | number; count: number };

/** Runs a facet's statements (each remembered until the database changes): value → count. */
function runStatement(db: DbOrTx, s: FacetStatement): Map<string, number> {
  const rows = (q: SQL) => cached(db, q, () => db.all<CountRow>(q));
  const counts = new Map(rows(s.all).map((r) => [String(r.value), r.count]));
  for (const r of rows(s.deleted)) {
    const v = String(r.value);
    counts.set(v, (counts.get(v) ?? 0) - r.count);
  }
  return counts;
}

/** The counts of every facet: by the in-memory index when there is one, else in SQL. */
function countAll(db: DbOrTx, viewer: Viewer, filters: MeetingFilters): Tallies {
  const index = facetIndexOf(db);
  const inMemory = index ? countInMemory(db, index, viewer, filters) : null;
  if (inMemory) return inMemory;
  const out: Tallies = {};
  if (!index) {
    for (const s of facetStatements(db, viewer, filters)) out[s.key] = runStatement(db, s);
    return out;
  }
  const client = (db as { $client: Database.Database }).$client;
  for (const { keys, ids } of facetSetQueries(db, viewer, filters)) {
    const run = () => {
      if (!ids) return tally(index, 'all', keys, hiddenClassifications(viewer));
      const { sql: text, params } = render(ids);
      return tally(
        index,
        client
          .prepare(text)
          .pluck()
          .all(...params) as number[],
        keys,
      );
    };
    Object.assign(out, cached(db, ids ?? sql`select 'all'`, run, `tally:${keys.join(',')}`));
  }
  return out;
}

/**
 * Every facet's values with the number of meetings each would leave: a facet counts over the
 * meetings that all the OTHER active filters select. Shows the top 30 by count, then label,
 * plus every active value, even at 0. Organization and topic counts include their
 * sub-organizations and sub-topics, as selecting them does: a value's count is always the total
 * the list shows with that value selected alone. Only meetings the viewer may see count.
 */
export async function meetingFacets(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
): Promise<Facets> {
  const counts = countAll(db, viewer, filters);
  const out = {} as Facets;
  for (const key of filterKeys) {
    out[key] = rankValues(db, key, counts[key] ?? new Map(), activeOf(filters, key));
  }
  return out;
}

function rankValues(
  db: DbOrTx,
  key: FilterKey,
  counts: Map<string, number>,
  active: string[],
): FacetValue[] {
  const values = [...new Set([...counts.keys(), ...active])];
  const labels = facetLabels(db, key, values);
  const all = values.map((value) => ({
    value,
    label: labels.get(value) ?? value,
    count: counts.get(value) ?? 0,
    active: active.includes(value),
  }));
  all.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
  const top = all.filter((v) => v.count > 0).slice(0, FACET_SIZE);
  const missing = all.filter((v) => v.active && !top.includes(v));
  return [...top, ...missing];
}
