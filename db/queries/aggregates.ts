import type { Viewer } from '@/lib/domain/viewer';
import type Database from 'better-sqlite3';
import { type SQL, sql } from 'drizzle-orm';
import { countryName } from '@/lib/countries';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../client';
import { meetings } from '../schema';
import { meetingFilterWhere } from './meeting-search';
import { cached, render } from './search/cache';
import { type FacetIndex, facetIndexOf } from './search/memory/store';
import { tally } from './search/memory/tally';
import type { Tally } from '@/lib/domain/profiles';
export type { Tally } from '@/lib/domain/profiles';
import { closureCte, type TreeTable } from '../sql/tree';

export type TallyBy = 'country' | 'heldIn' | 'organization' | 'official' | 'topic' | 'event';

export interface TallyOptions {
  /** At most this many values (the first by count, then label). */
  limit?: number;
  /** Values to leave out, e.g. the profile's own official or country. */
  exclude?: ReadonlyArray<string | number>;
}

type Row = { value: string | number; label: string | null; count: number };

/**
 * (ancestor, id) for every organization or topic and every live one under it, as `subtreeOf`
 * (search/values.ts) reads the tree: a value counts every meeting its filter selects.
 */
const closure = (table: TreeTable) => sql`with recursive ${closureCte('closure', table)}`;

/**
 * The statement counting distinct meetings of `ids` per value of `by`, for when there is no
 * facet index (inside a transaction). Entities come with their label and only when live (a
 * deleted official's profile does not exist); countries are named in JavaScript.
 */
function tallyStatement(by: TallyBy, ids: SQL): SQL {
  const set = sql`(${ids}) s`;
  switch (by) {
    case 'country':
      return sql`select p.country_code as value, null as label,
        count(distinct p.meeting_id) as count
        from ${set} cross join participants p on p.meeting_id = s.id
        where p.country_code is not null group by p.country_code`;
    case 'heldIn':
      return sql`select m.country_code as value, null as label, count(*) as count
        from ${set} cross join meetings m on m.id = s.id
        where m.country_code is not null group by m.country_code`;
    case 'official':
      return sql`select o.id as value, o.display_name as label,
        count(distinct p.meeting_id) as count
        from ${set} cross join participants p on p.meeting_id = s.id
        join officials o on o.id = p.official_id and o.deleted_at is null
        group by o.id`;
    case 'organization':
      return sql`${closure('organizations')}
        select o.id as value, coalesce(nullif(o.acronym, ''), o.name) as label,
          count(distinct p.meeting_id) as count
        from ${set} cross join participants p on p.meeting_id = s.id
        join closure on closure.id = p.organization_id
        join organizations o on o.id = closure.root and o.deleted_at is null
        group by o.id`;
    case 'topic':
      return sql`${closure('topics')}
        select t.id as value, t.name as label, count(distinct mt.meeting_id) as count
        from ${set} cross join meeting_topics mt on mt.meeting_id = s.id
        join closure on closure.id = mt.topic_id
        join topics t on t.id = closure.root and t.deleted_at is null
        group by t.id`;
    case 'event':
      return sql`select e.id as value, e.name as label, count(*) as count
        from ${set} cross join meetings m on m.id = s.id
        join events e on e.id = m.event_id and e.deleted_at is null
        group by e.id`;
  }
}

const labels: Record<Exclude<TallyBy, 'country' | 'heldIn'>, SQL> = {
  official: sql`select id, display_name as label from officials`,
  organization: sql`select id, coalesce(nullif(acronym, ''), name) as label from organizations`,
  topic: sql`select id, name as label from topics`,
  event: sql`select id, name as label from events`,
};

/**
 * The same counts from the research engine's in-memory facet index (search/memory/store.ts):
 * SQL selects the set, the index says which values each meeting has, with the filters' subtree
 * meaning. Over a large set (a country's 40,000 meetings) this is a loop over typed arrays
 * where the GROUP BY reads every participant row.
 */
function indexCounts(db: DbOrTx, index: FacetIndex, by: TallyBy, ids: SQL): Row[] {
  const { sql: text, params } = render(ids);
  const client = (db as { $client: Database.Database }).$client;
  const set = client
    .prepare(text)
    .pluck()
    .all(...params) as number[];
  const counts = tally(index, set, [by])[by] ?? new Map<string, number>();
  if (by === 'country' || by === 'heldIn') {
    return [...counts].map(([value, count]) => ({ value, label: null, count }));
  }
  const values = JSON.stringify([...counts.keys()].map(Number));
  const live = db.all<{ id: number; label: string }>(
    sql`${labels[by]} where deleted_at is null and id in (select value from json_each(${values}))`,
  );
  return live.map((r) => ({ value: r.id, label: r.label, count: counts.get(String(r.id)) ?? 0 }));
}

/** Counts per value over the set `ids` (remembered until the database changes). */
function countsOf(db: DbOrTx, by: TallyBy, ids: SQL): Row[] {
  const index = facetIndexOf(db);
  if (index) return cached(db, ids, () => indexCounts(db, index, by, ids), `aggregates:${by}`);
  const query = tallyStatement(by, ids);
  return cached(db, query, () => db.all<Row>(query));
}

const numeric: ReadonlySet<TallyBy> = new Set(['organization', 'official', 'topic', 'event']);

/**
 * The set a tally counts over. "Any of A, C, and also B" is no filter state, so when `filters`
 * already has several alternative values of `by`, the set is read as needing all of them
 * (all-mode): only then can each value's count link to exactly the meetings it counts.
 */
function baseFilters(filters: MeetingFilters, by: TallyBy): MeetingFilters {
  const current = filters[by] as ReadonlyArray<string | number>;
  if (new Set(current.map(String)).size < 2 || filters.all.includes(by)) return filters;
  return { ...filters, all: [...filters.all, by] };
}

/** `base` plus one value of `by`: with `all` when `base` already has values of `by`. */
export function filtersWithValue(base: MeetingFilters, by: TallyBy, value: string): MeetingFilters {
  const current = base[by] as ReadonlyArray<string | number>;
  if (current.map(String).includes(value)) return base;
  const typed = numeric.has(by) ? Number(value) : value;
  if (!current.length) return { ...base, [by]: [typed] };
  return {
    ...base,
    [by]: [...current, typed],
    all: base.all.includes(by) ? base.all : [...base.all, by],
  };
}

/**
 * Meetings of the set `filters`, counted per value of `by`, most first (then label). Each
 * count means what the filter means (DESIGN.md), so that `count` always equals
 * `countMeetings(db, viewer, tally.filters)`:
 * - country: meetings in which some participant represented the country;
 * - heldIn, event: the meeting's own venue country or event;
 * - organization, topic: subtree semantics, as the filters have: a meeting counts for its
 *   participants' organizations (its topics) and for every organization (topic) above them, so
 *   UN counts the meetings of UNODC and of the CND under it;
 * - official: meetings the official took part in.
 * Each tally's `filters` are `filters` plus the value; when `filters` already has values of
 * `by`, `all` includes `by` (counterparts of official A: `{ official: [A, B], all: ['official'] }`
 * = meetings both took part in), and several alternative values are read as all-mode too
 * (see baseFilters). Deleted meetings never count; deleted entities are left out.
 */
export async function tallyMeetings(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  by: TallyBy,
  options: TallyOptions = {},
): Promise<Tally[]> {
  const base = baseFilters(filters, by);
  const ids = sql`select ${meetings.id} as id from ${meetings} where ${meetingFilterWhere(viewer, base)}`;
  const rows = countsOf(db, by, ids);
  const exclude = new Set((options.exclude ?? []).map(String));
  const tallies = rows
    .map((r) => ({ value: String(r.value), label: r.label, count: Number(r.count) }))
    .filter((r) => r.count > 0 && !exclude.has(r.value))
    .map((r) => ({
      value: r.value,
      label: r.label ?? countryName(r.value),
      count: r.count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
  const limit = options.limit === undefined ? tallies.length : Math.max(0, options.limit);
  return tallies
    .slice(0, limit)
    .map((t) => ({ ...t, filters: filtersWithValue(base, by, t.value) }));
}
