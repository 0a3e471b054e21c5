import { type SQL, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import {
  effectiveSort,
  emptyFilters,
  hasFilters,
  type MeetingFilters,
  type SortOrder,
} from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { hiddenClassifications } from '../visibility';
import { meetings } from '../../schema';
import type { MeetingListItem } from '../meetings';
import { withParticipants } from '../meetings';
import { resolvePage } from '../paging';
import { type Condition, conditionsOf } from './conditions';
import { cached, countOf, estimated } from './cache';
import { invalidCursor } from '@/lib/cursor';
import { type Cursor, decodeCursor, encodeCursor } from './cursor';
import { highlightsOf, matches, queryTerms, relevance, toFtsQuery, visibleText } from './fts';
import { idOfKey, type MemoryScan, pageOfKeys } from './memory/scan';
import { memorySet } from './memory/matching-set';
import { all, driven, liveCount, liveCountQuery, planSet, probes, type SetPlan } from './planner';
import type { SearchItem, SearchOptions, SearchResult } from './types';

/** A filter state resolved once: its sort, its FTS query, its conditions and their plan. */
export interface SearchPlan {
  sort: SortOrder;
  /** The safe FTS5 query, or null when there is no searchable text. */
  fts: string | null;
  conditions: Condition[];
  set: SetPlan;
  /**
   * For a search of text alone (no other filter), its FTS query with the viewer's hidden
   * classifications left out inside the index (visibleText): counted and ranked there.
   */
  textOnly: string | null;
}

/** The plan of a filter state for this viewer (who sees which classifications). */
export function searchPlan(db: DbOrTx, viewer: Viewer, filters: MeetingFilters): SearchPlan {
  const fts = toFtsQuery(filters.q ?? '');
  const sort = effectiveSort(filters);
  const conditions = conditionsOf(filters, { viewer });
  // Nothing but the text: no facet value and no date.
  const alone = !hasFilters({ ...filters, q: emptyFilters.q });
  return {
    // Text that leaves nothing to search is ignored, and so is ranking by it.
    sort: sort === 'relevance' && !fts ? 'date_desc' : sort,
    fts,
    conditions,
    set: planSet(db, conditions),
    textOnly: fts && alone ? visibleText(fts, hiddenClassifications(viewer)) : null,
  };
}

/**
 * The count of the whole filtered set, as SQL (see liveCountQuery); for text alone, inside the
 * search index, which holds only live meetings.
 */
export function countQuery(plan: SearchPlan): SQL {
  return plan.textOnly
    ? sql`select count(*) from meetings_fts where meetings_fts match ${plan.textOnly}`
    : liveCountQuery(plan.set);
}

/** The count of the set from SQL (cached until the database changes). */
function sqlCount(db: DbOrTx, plan: SearchPlan): number {
  if (!plan.textOnly) return liveCount(db, plan.set);
  const query = countQuery(plan);
  return cached(db, query, () => countOf(db, query));
}

/** The number of live meetings the filters select that the viewer sees (the list's total). */
export async function countMeetings(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
): Promise<number> {
  const plan = searchPlan(db, viewer, filters);
  return plan.textOnly
    ? sqlCount(db, plan)
    : (memorySet(db, viewer, filters, plan)?.total ?? sqlCount(db, plan));
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
 * Rows a walk down the date index may read before it pays to start from the driver instead,
 * and the most text matches ranked among themselves (rankAmong) rather than ranked first and
 * kept after (rankThenKeep): knobs only so that tests can force each shape.
 */
export const pageTuning = { scanBudget: 20_000, rankAmong: 20_000 };

/**
 * One page of the filtered set in the plan's order, as SQL (run it with db.all, or time it
 * directly). date_desc = (start_date desc, id desc), date_asc = (start_date, id), relevance =
 * bm25 then id desc (equal ranks are common, the index keeping no row sizes: the newest logged
 * first): the id makes every order total, so pages never overlap or skip. Date orders walk
 * meetings_start_date_idx testing each row, unless the set is so sparse that the walk would be
 * long; then they start from the driver's index and sort.
 */
export function pageQuery(db: DbOrTx, plan: SearchPlan, window: PageWindow): SQL {
  const { limit, offset = 0, after } = window;
  const columns = window.idsOnly ? sql`${meetings.id} as id` : listColumns;
  const live = sql`+${meetings.deletedAt} is null`;
  if (plan.sort === 'relevance' && plan.fts) {
    return sql`select ${columns} from (${rankedIds(plan, limit, offset)}) top
      cross join ${meetings} on ${meetings.id} = top.id
      where ${live} order by top.rank, top.id desc`;
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
  const walk = walkLength(db, window);
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
 * About how many rows a walk down the date index reads to fill the page: an estimate is enough
 * to choose a shape, and the largest id costs one index seek.
 */
function walkLength(db: DbOrTx, { limit, offset = 0, after, total }: PageWindow): number {
  const liveAll = estimated(db, sql`select coalesce(max(id), 0) from meetings`);
  return ((after ? 0 : offset) + limit) * (liveAll / Math.max(1, total));
}

/**
 * One page of the rows: from memory when the in-memory scan kept the set's keys (sorting even
 * 100,000 of them costs less than SQL testing each row of a walk against a subtree or the text
 * matches); otherwise, for sets too large to keep, by pageQuery, whose walk is then short.
 */
function pageRows(db: DbOrTx, plan: SearchPlan, window: PageWindow, memory: MemoryScan | null) {
  const keys = memory?.keys;
  if (keys && plan.sort !== 'relevance') {
    const desc = plan.sort !== 'date_asc';
    const { limit, offset = 0, after } = window;
    return rowsByIds(db, pageOfKeys(keys, { desc, offset, limit, after }));
  }
  if (keys && plan.sort === 'relevance' && plan.fts) {
    return rowsByIds(
      db,
      keys.length <= pageTuning.rankAmong
        ? rankAmong(db, plan.fts, keys, window)
        : rankThenKeep(db, plan.fts, keys, window),
    );
  }
  return db.all<Row>(pageQuery(db, plan, window));
}

/**
 * A page by relevance among the given meetings only: bm25 is computed for those rows alone,
 * where rankedIds computes it for every match and tests each against the other filters.
 */
function rankAmong(db: DbOrTx, fts: string, keys: Float64Array, window: PageWindow): number[] {
  const ids = JSON.stringify(Array.from(keys, idOfKey));
  return db
    .values<[number]>(
      sql`select rowid from meetings_fts where meetings_fts match ${fts}
        and +rowid in (select value from json_each(${ids}))
        order by ${relevance}, rowid desc limit ${window.limit} offset ${window.offset ?? 0}`,
    )
    .map((r) => r[0]);
}

/**
 * A page by relevance when most matches pass the other tests (a viewer's classifications, a
 * broad filter): rank the matches alone, then keep those in `keys`, reading further down the
 * ranking only when too many were dropped. Testing each match in SQL instead costs an index
 * probe per match, 50 ms for 50,000.
 */
function rankThenKeep(db: DbOrTx, fts: string, keys: Float64Array, window: PageWindow): number[] {
  const wanted = (window.offset ?? 0) + window.limit;
  let max = 0;
  for (const key of keys) max = Math.max(max, idOfKey(key));
  const member = new Uint8Array(max + 1);
  for (const key of keys) member[idOfKey(key)] = 1;
  for (let k = wanted * 2 + 50; ; k *= 4) {
    const ranked = db
      .values<[number]>(
        sql`select rowid from meetings_fts where meetings_fts match ${fts}
          order by ${relevance}, rowid desc limit ${k}`,
      )
      .map((r) => r[0]);
    const kept = ranked.filter((id) => member[id] === 1);
    if (kept.length >= wanted || ranked.length < k) {
      return kept.slice(window.offset ?? 0, wanted);
    }
  }
}

/** The list rows of these meetings, in this order. */
function rowsByIds(db: DbOrTx, ids: number[]): Row[] {
  if (!ids.length) return [];
  // Integers from typed arrays, inlined: FTS5 and IN lists bind JS numbers as REAL.
  const rows = db.all<Row>(
    sql`select ${listColumns} from ${meetings} where ${meetings.id} in (${sql.raw(ids.join(', '))})`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The ids of one page by relevance, ranked on the search index alone. The index holds only live
 * meetings (search-index.ts removes a deleted one), so no meeting row is read to rank: reading
 * each match's row first cost 40 ms for 19,000 matches. Other conditions are tested on the
 * narrow meetings_facet_idx and the participants' and topics' indexes.
 */
function rankedIds(plan: SearchPlan, limit: number, offset: number): SQL {
  if (plan.textOnly) {
    return sql`select rowid as id, ${relevance} as rank from meetings_fts
      where meetings_fts match ${plan.textOnly}
      order by rank, rowid desc limit ${limit} offset ${offset}`;
  }
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
    order by rank, ${rowid} desc limit ${limit} offset ${offset}`;
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
  // Text alone by relevance is counted and ranked inside the search index; by date, its keys
  // come from the in-memory scan.
  const memory =
    plan.textOnly && plan.sort === 'relevance' ? null : memorySet(db, viewer, filters, plan);
  const total = memory ? memory.total : sqlCount(db, plan);
  const pageCount = Math.max(1, Math.ceil(total / limit));
  let page: number;
  let window: PageWindow;
  if (options.cursor) {
    const cursor = decodeCursor(options.cursor);
    if (cursor.sort !== plan.sort) throw invalidCursor('belongs to another sort order');
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
  const rows = total ? pageRows(db, plan, window, memory) : [];
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
  const terms = marks ? queryTerms(filters.q ?? '') : [];
  const items: SearchItem[] = (await withParticipants(db, rows)).map((m) => ({
    ...m,
    highlight: marks
      ? {
          ...(marks.get(m.id) ?? { title: [{ text: m.title, hit: false }], snippet: null }),
          participantIds: m.participants
            .filter((p) =>
              [p.officialName, p.organizationName, p.organizationAcronym].some(
                (name) => name && matches(name, terms),
              ),
            )
            .map((p) => p.id),
        }
      : null,
  }));
  return { total, pageSize: limit, page, pageCount, nextCursor, items };
}
