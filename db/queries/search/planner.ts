import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client';
import { meetings } from '../../schema';
import { cached, countOf, estimated } from './cache';
import type { Condition } from './conditions';
import { dayNumber, type FacetIndex } from './memory/block';
import { facetIndexOf } from './memory/store';
import { tally } from './memory/tally';

/**
 * How to reach a filtered set: start from the condition whose own index yields the fewest rows
 * (the driver) and test the others on each row. SQLite plans without statistics here, and with
 * `meetings.id in (…)` everywhere it starts from whichever IN list it meets, e.g. the 350,000
 * meetings with a Kazakh participant, then sorts them all.
 */
export interface SetPlan {
  driver: Condition | null;
  rest: Condition[];
  /** The driver's estimated size (meetings or index entries). */
  driverSize: number;
}

export function planSet(db: DbOrTx, conditions: Condition[]): SetPlan {
  const index = facetIndexOf(db);
  let best: { c: Condition; n: number } | null = null;
  for (const c of conditions) {
    const n = estimateOf(db, index, c);
    if (!best || n < best.n) best = { c, n };
  }
  if (!best || best.n === Infinity) return { driver: null, rest: conditions, driverSize: Infinity };
  return { driver: best.c, rest: conditions.filter((c) => c !== best.c), driverSize: best.n };
}

/**
 * A condition's size: from the facet index when there is one (its per-block tallies and start
 * days are in memory: a first SQL estimate of a broad value costs 10–20 ms at 1M meetings),
 * else from the condition's own index.
 */
function estimateOf(db: DbOrTx, index: FacetIndex | null, c: Condition): number {
  if (index && c.facet) {
    const counts = tally(index, 'all', [c.facet.key])[c.facet.key];
    return c.facet.values.reduce((n, v) => n + (counts?.get(v) ?? 0), 0);
  }
  if (index && c.kind === 'column' && c.dates) return startsBetween(index, c.dates);
  return c.estimate ? estimated(db, c.estimate) : Infinity;
}

/** Live meetings that start in the range: the bulk of those whose span overlaps it. */
function startsBetween(index: FacetIndex, { from, to }: { from?: string; to?: string }): number {
  const lo = from ? dayNumber(from) : 0;
  const hi = to ? dayNumber(to) : Infinity;
  let n = 0;
  for (const b of index.blocks.values()) {
    const start = b.start;
    for (let p = 0; p < start.length; p++) if (start[p]! >= lo && start[p]! <= hi) n++;
  }
  return n;
}

const id = sql`${meetings.id}`;

/** Every condition as a per-row test of `meetings`. */
export function probes(conditions: Condition[], idExpr: SQL = id): SQL[] {
  return conditions.map((c) => (c.kind === 'column' ? c.probe : c.probe(idExpr)));
}

/** `a and b and …`, or `1`. */
export function all(parts: SQL[]): SQL {
  return parts.length
    ? sql.join(
        parts.map((p) => sql`(${p})`),
        sql` and `,
      )
    : sql`1`;
}

const hasColumns = (cs: Condition[]) => cs.some((c) => c.kind === 'column');

/**
 * The conditions when a column condition drives: every column condition in its indexable form,
 * so that SQLite can use a composite index for two of them (format and start_date in
 * meetings_format_idx), and the related ones as probes.
 */
export function driven(plan: SetPlan): SQL {
  const conditions = plan.driver ? [plan.driver, ...plan.rest] : plan.rest;
  return all(conditions.map((c) => (c.kind === 'column' ? c.drive : c.probe(id))));
}

/**
 * `select id` of the set, deleted meetings included (see liveCount): a related driver reads only
 * its covering index, and joins `meetings` only when a column condition needs the row.
 */
export function setIds(plan: SetPlan): SQL {
  const { driver, rest } = plan;
  if (!driver) return sql`select ${id} as id from ${meetings} where ${all(probes(rest))}`;
  if (driver.kind === 'column')
    return sql`select ${id} as id from ${meetings} where ${driven(plan)}`;
  const d = driver.repeats ? sql`select distinct id from (${driver.ids})` : driver.ids;
  if (!hasColumns(rest)) {
    return sql`select d.id as id from (${d}) d where ${all(probes(rest, sql`d.id`))}`;
  }
  // meetings_facet_idx holds every filtered column: the wide rows are never read.
  return sql`select d.id as id from (${d}) d
    cross join ${meetings} indexed by meetings_facet_idx on ${id} = d.id
    where ${all(probes(rest))}`;
}

/**
 * `select id` of the deleted meetings in the set, read from meetings_deleted_idx (INDEXED BY:
 * deleted meetings are few, and without statistics SQLite would not know it).
 */
export function deletedIds(conditions: Condition[]): SQL {
  return sql`select ${id} as id from ${meetings} indexed by meetings_deleted_idx
    where ${meetings.deletedAt} is not null and ${all(probes(conditions))}`;
}

/** The set's count without deleted meetings, and the SQL that gives it. */
export function liveCountQuery(plan: SetPlan): SQL {
  const conditions = plan.driver ? [plan.driver, ...plan.rest] : plan.rest;
  // count(all) - count(deleted): counting the live ones directly would read every meeting's
  // row for deleted_at, where the set's own indexes cover the count.
  const total = conditions.length
    ? sql`select count(*) from (${setIds(plan)})`
    : sql`select count(*) from ${meetings}`;
  return sql`select (${total}) - (select count(*) from (${deletedIds(conditions)}))`;
}

/** The number of live meetings in the set (cached until the database changes). */
export function liveCount(db: DbOrTx, plan: SetPlan): number {
  const query = liveCountQuery(plan);
  return cached(db, query, () => countOf(db, query));
}
