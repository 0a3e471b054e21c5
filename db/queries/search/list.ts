import { type SQL, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/auth/roles';
import { effectiveSort, type MeetingFilters, type SortOrder } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { DomainError } from '../../errors';
import { meetings } from '../../schema';
import type { MeetingListItem } from '../meetings';
import { withParticipants } from '../meetings';
import { resolvePage } from '../paging';
import { type Condition, conditionsOf } from './conditions';
import { estimated } from './cache';
import { type Cursor, decodeCursor, encodeCursor } from './cursor';
import { highlightsOf, relevance, toFtsQuery } from './fts';
import { all, driven, liveCount, liveCountQuery, planSet, probes, type SetPlan } from './planner';
import type { SearchItem, SearchOptions, SearchResult } from './types';

/** A filter state resolved once: its sort, its FTS query, its conditions and their plan. */
export interface SearchPlan {
  sort: SortOrder;
  /** The safe FTS5 query, or null when there is no searchable text. */
  fts: string | null;
  conditions: Condition[];
  set: SetPlan;
}

/** The plan of a filter state for this viewer (who sees which classifications). */
export function searchPlan(db: DbOrTx, viewer: Viewer, filters: MeetingFilters): SearchPlan {
  const fts = toFtsQuery(filters.q ?? '');
  const sort = effectiveSort(filters);
  const conditions = conditionsOf(filters, { viewer });
  return {
    // Text that leaves nothing to search is ignored, and so is ranking by it.
    sort: sort === 'relevance' && !fts ? 'date_desc' : sort,
    fts,
    conditions,
    set: planSet(db, conditions),
  };
}

/** The count of the whole filtered set, as SQL (see liveCountQuery). */
export function countQuery(plan: SearchPlan): SQL {
  return liveCountQuery(plan.set);
}

/** The number of live meetings the filters select that the viewer sees (the list's total). */
export async function countMeetings(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
): Promise<number> {
  return liveCount(db, searchPlan(db, viewer, filters).set);
}

const listColumns = sql`${meetings.id} as id, ${meetings.title} as title,
  ${meetings.startDate} as startDate, ${meetings.endDate} as endDate,
  ${meetings.datePrecision} as datePrecision, ${meetings.time} as time,
  ${meetings.venue} as venue, ${meetings.city} as city, ${meetings.countryCode} as countryCode,
  ${meetings.format} as format, ${meetings.status} as status`;

type Row = Omit<MeetingListItem, 'participants'>;

export interface PageWindow {
  limit: number;
  /** Rows to skip (offset pagination; also the relevance cursor). */
  offset?: number;
  /** Keyset: rows strictly after this (start_date, id) in the plan's date order. */
  after?: { date: string; id: number };
  /** Live meetings in the set, to judge how far a walk in date order must go. */
  total: number;
  /** Select only the id (the relevance export collects its order first). */
  idsOnly?: boolean;
}

/**
 * Rows a walk down the date index may read before it pays to start from the driver instead
 * (a knob only so that tests can force either shape).
 */
export const pageTuning = { scanBudget: 20_000 };

/**
 * One page of the filtered set in the plan's order, as SQL (run it with db.all, or time it
 * directly). date_desc = (start_date desc, id desc), date_asc = (start_date, id), relevance =
 * bm25 then id: the id makes every order total, so pages never overlap or skip. Date orders walk
 * meetings_start_date_idx testing each row, unless the set is so sparse that the walk would be
 * long; then they start from the driver's index and sort.
 */
export function pageQuery(db: DbOrTx, plan: SearchPlan, window: PageWindow): SQL {
  const { limit, offset = 0, after, total } = window;
  const columns = window.idsOnly ? sql`${meetings.id} as id` : listColumns;
  const live = sql`+${meetings.deletedAt} is null`;
  if (plan.sort === 'relevance' && plan.fts) {
    return sql`select ${columns} from (${rankedIds(plan, limit, offset)}) top
      cross join ${meetings} on ${meetings.id} = top.id
      where ${live} order by top.rank, top.id`;
  }
  const desc = plan.sort !== 'date_asc';
  const key = after
    ? desc
      ? sql`(${meetings.startDate}, ${meetings.id}) < (${after.date}, ${after.id})`
      : sql`(${meetings.startDate}, ${meetings.id}) > (${after.date}, ${after.id})`
    : sql`1`;
  const order = desc
    ? sql`${meetings.startDate} desc, ${meetings.id} desc`
    : sql`${meetings.startDate}, ${meetings.id}`;
  // An estimate is enough to choose a shape; the largest id costs one index seek.
  const liveAll = estimated(db, sql`select coalesce(max(id), 0) from meetings`);
  const walk = ((after ? 0 : offset) + limit) * (liveAll / Math.max(1, total));
  const { driver, rest } = plan.set;
  const where =
    !driver || walk <= pageTuning.scanBudget
      ? all(probes(plan.conditions))
      : driver.kind === 'column'
        ? driven(plan.set)
        : all([sql`${meetings.id} in (${driver.ids})`, ...probes(rest)]);
  return sql`select ${columns} from ${meetings} where ${live} and ${key} and ${where}
    order by ${order} limit ${limit} offset ${after ? 0 : offset}`;
}

/**
 * The ids of one page by relevance, ranked on the search index alone. The index holds only live
 * meetings (search-index.ts removes a deleted one), so no meeting row is read to rank: reading
 * each match's row first cost 40 ms for 19,000 matches. Other conditions are tested on the
 * narrow meetings_facet_idx and the participants' and topics' indexes.
 */
function rankedIds(plan: SearchPlan, limit: number, offset: number): SQL {
  const others = plan.conditions.filter((c) => !(c.kind === 'related' && !c.repeats));
  const rowid = sql`meetings_fts.rowid`;
  const columns = others.filter((c) => c.kind === 'column');
  const tests = [
    ...(columns.length
      ? [
          sql`exists (select 1 from ${meetings} indexed by meetings_facet_idx
            where ${meetings.id} = ${rowid} and ${all(probes(columns))})`,
        ]
      : []),
    ...others.flatMap((c) => (c.kind === 'related' ? [c.probe(rowid)] : [])),
  ];
  return sql`select ${rowid} as id, ${relevance} as rank from meetings_fts
    where meetings_fts match ${plan.fts} and ${all(tests)}
    order by rank, ${rowid} limit ${limit} offset ${offset}`;
}

/**
 * One page of the meetings the filters select, in effectiveSort's order, with the total of the
 * whole set, participants, and (with text) the matched words marked. Pages by `page` (offset,
 * clamped to the pages that exist) or by `cursor` (keyset on (start_date, id) for the date
 * sorts, so deep pages stay fast; an offset for relevance). A cursor from another sort is a
 * DomainError('invalid'). Only meetings the viewer may see are in the set.
 */
export async function searchMeetings(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const limit = Math.min(500, Math.max(1, Math.floor(options.limit ?? 50) || 50));
  const plan = searchPlan(db, viewer, filters);
  const total = liveCount(db, plan.set);
  const pageCount = Math.max(1, Math.ceil(total / limit));
  let page: number;
  let window: PageWindow;
  if (options.cursor) {
    const cursor = decodeCursor(options.cursor);
    if (cursor.sort !== plan.sort) {
      throw new DomainError('invalid', 'The cursor belongs to another sort order.', {
        cursor: 'belongs to another sort order; start again from the first page.',
      });
    }
    page = cursor.page;
    window =
      cursor.sort === 'relevance'
        ? { limit, offset: cursor.offset, total }
        : { limit, after: { date: cursor.date, id: cursor.id }, total };
  } else {
    const resolved = resolvePage(total, { page: options.page, pageSize: limit });
    page = resolved.page;
    window = { limit, offset: resolved.offset, total };
  }
  const rows = total ? db.all<Row>(pageQuery(db, plan, window)) : [];
  const last = rows[rows.length - 1];
  let nextCursor: string | null = null;
  if (last && rows.length === limit && page * limit < total) {
    const next: Cursor =
      plan.sort === 'relevance'
        ? { sort: 'relevance', offset: (window.offset ?? 0) + limit, page: page + 1 }
        : { sort: plan.sort, date: last.startDate, id: last.id, page: page + 1 };
    nextCursor = encodeCursor(next);
  }
  const marks = plan.fts
    ? highlightsOf(
        db,
        filters.q ?? '',
        rows.map((r) => r.id),
      )
    : null;
  const items: SearchItem[] = (await withParticipants(db, rows)).map((m) => ({
    ...m,
    highlight: marks
      ? (marks.get(m.id) ?? { title: [{ text: m.title, hit: false }], snippet: null })
      : null,
  }));
  return { total, pageSize: limit, page, pageCount, nextCursor, items };
}
