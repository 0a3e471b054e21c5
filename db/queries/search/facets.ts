import type Database from 'better-sqlite3';
import { type SQL, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/auth/roles';
import { filterKeys, type FilterKey, matchingAll, type MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { cached, render } from './cache';
import { type Condition, conditionsOf } from './conditions';
import { type FacetStatement, facetStatement } from './facet-counts';
import { facetIndexOf } from './facet-index';
import { facetLabels } from './facet-labels';
import { tally, type Tallies } from './facet-tally';
import { hiddenMeetingIds } from '../visibility';
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
function facetSets(viewer: Viewer, filters: MeetingFilters) {
  const all = matchingAll(filters);
  const open = filterKeys.filter((k) => !activeOf(filters, k).length || all.includes(k));
  const sets: Array<{ keys: FilterKey[]; conditions: Condition[] }> = [];
  if (open.length) sets.push({ keys: open, conditions: conditionsOf(filters, { viewer }) });
  for (const key of filterKeys) {
    if (open.includes(key)) continue;
    sets.push({ keys: [key], conditions: conditionsOf(filters, { viewer, except: key }) });
  }
  return sets;
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
 * (facet-index.ts); null for a set of every meeting, which needs no SQL.
 */
export function facetSetQueries(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
): Array<{ keys: FilterKey[]; ids: SQL | null; scopeOnly: boolean }> {
  return facetSets(viewer, filters).map(({ keys, conditions }) => ({
    keys,
    ids: conditions.length ? setIds(planSet(db, conditions)) : null,
    scopeOnly: conditions.every((c) => c.kind === 'column' && c.scope),
  }));
}

/** Counts per value of `all` less those of `part` (a subset of the same meetings). */
function subtract(all: Tallies, part: Tallies): Tallies {
  const out: Tallies = {};
  for (const [key, counts] of Object.entries(all) as Array<[FilterKey, Map<string, number>]>) {
    const less = part[key];
    const map = new Map<string, number>();
    for (const [value, n] of counts) {
      const left = n - (less?.get(value) ?? 0);
      if (left > 0) map.set(value, left);
    }
    out[key] = map;
  }
  return out;
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
  const out: Tallies = {};
  if (!index) {
    for (const s of facetStatements(db, viewer, filters)) out[s.key] = runStatement(db, s);
    return out;
  }
  const client = (db as { $client: Database.Database }).$client;
  const idsOf = (query: SQL) => {
    const { sql: text, params } = render(query);
    return client
      .prepare(text)
      .pluck()
      .all(...params) as number[];
  };
  const hidden = hiddenMeetingIds(viewer);
  for (const { keys, ids, scopeOnly } of facetSetQueries(db, viewer, filters)) {
    const run = () => {
      if (!ids) return tally(index, 'all', keys);
      // Only the viewer's scope: every meeting's counts (kept per block) minus the few hidden
      // ones', instead of tallying every visible id.
      if (scopeOnly && hidden) {
        return subtract(tally(index, 'all', keys), tally(index, idsOf(hidden), keys));
      }
      return tally(index, idsOf(ids), keys);
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
 * the list shows with that value selected alone. Counts only meetings the viewer may see.
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
