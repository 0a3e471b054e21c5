import type { Viewer } from '@/lib/domain/viewer';
import { type SQL, sql } from 'drizzle-orm';
import type { MeetingFilters } from '@/lib/filters';
import { OTHERS, type TimelineGroup } from '@/lib/timeline/groups';
import { DAY_MS, isoToMs, msToIso } from '@/lib/timeline/time';
import type { TimelineBucket, TimelineTile } from '@/lib/timeline/types';
import {
  alignToBuckets,
  type BucketUnit,
  bucketAt,
  bucketIndex,
  isMonthly,
} from '@/lib/timeline/units';
import type { DbOrTx } from '../client';
import { meetings } from '../schema';
import { meetingFilterWhere } from './meeting-search';
import { cached } from './search/cache';
import { inList } from './search/values';
import { timelineEvents, timelineMeetings } from './timeline-meetings';
import { laneKey, type ValueSource, valueSource } from './timeline-sql';

/**
 * How many meetings a tile sends one by one: a lane with at most `lane` meetings in the tile
 * comes with all of them, up to `tile` in all (the sparsest lanes first); the other lanes only
 * with their counts per bucket, which the timeline draws as clusters. Tiles of quarters and
 * years send counts only. This keeps a tile's size bounded whatever the zoom or the number of
 * meetings.
 */
export const TILE_LIMITS = { lane: 200, tile: 800 };

/** Zoomed out further than months, the timeline draws counts only: no meetings are sent. */
const DETAIL_UNITS: readonly BucketUnit[] = ['day', 'week', 'month'];

export interface TileRequest {
  group: TimelineGroup;
  /** The lanes' values (as text); meetings of other values go to OTHERS when `others`. */
  lanes: readonly string[];
  others: boolean;
  unit: BucketUnit;
  /** First and last day (ISO); widened to whole buckets. */
  start: string;
  end: string;
}

/** Meetings of a lane whose first and last days fall in the days (or months) `sk` and `ek`. */
type CountRow = { lane: string; sk: string; ek: string; n: number };

/**
 * Spreads the (lane, first, last, count) groups over the buckets each overlaps: every meeting of
 * a group overlaps the same buckets, and a meeting is in exactly one group per lane, so the sums
 * are the counts of distinct meetings overlapping each bucket.
 */
function spread(rows: CountRow[], unit: BucketUnit, from: number, to: number) {
  const monthly = isMonthly(unit);
  const perLane = new Map<string, Map<number, number>>();
  for (const { lane, sk, ek, n } of rows) {
    const start = Math.max(from, isoToMs(monthly ? `${sk}-01` : sk));
    const lastDay = monthly ? Date.UTC(+ek.slice(0, 4), +ek.slice(5, 7), 1) - DAY_MS : isoToMs(ek);
    const end = Math.min(to, lastDay);
    const counts = perLane.get(lane) ?? new Map<number, number>();
    perLane.set(lane, counts);
    for (let i = bucketIndex(unit, start); i <= bucketIndex(unit, end); i++) {
      counts.set(i, (counts.get(i) ?? 0) + n);
    }
  }
  return perLane;
}

/** Which lanes come with their meetings: the sparsest first, within TILE_LIMITS. */
function detailedLanes(totals: Map<string, number>): Set<string> {
  const out = new Set<string>();
  let sum = 0;
  for (const [lane, n] of [...totals].sort((a, b) => a[1] - b[1])) {
    if (n > TILE_LIMITS.lane || sum + n > TILE_LIMITS.tile) break;
    out.add(lane);
    sum += n;
  }
  return out;
}

/**
 * One tile of the timeline: for the filtered set, grouped by `group` into the requested lanes
 * (and "others"), the number of meetings overlapping each bucket of `unit` in [start, end] —
 * inside the filters' own dates — and, for the lanes with few enough of them, the meetings
 * themselves with their participants and events. Each count is countMeetings of the lane's
 * filters with the bucket's days (cellFilters).
 */
/** The (lane, first, last, count) groups of the set in the window (see spread). */
function countRows(db: DbOrTx, lane: SQL, source: ValueSource, where: SQL, unit: BucketUnit) {
  const day = (column: typeof meetings.startDate | typeof meetings.endDate) =>
    isMonthly(unit) ? sql`substr(${column}, 1, 7)` : sql`${column}`;
  const query = sql`${source.with} select lane, sk, ek, count(distinct id) as n from (
      select ${lane} as lane, ${day(meetings.startDate)} as sk, ${day(meetings.endDate)} as ek,
        ${meetings.id} as id
      from ${meetings} ${source.join} where ${where}
    ) where lane is not null group by lane, sk, ek`;
  return cached(db, query, () => db.all<CountRow>(query));
}

/** The lanes of each meeting of the set in the window that is in one of `detailed`. */
function lanesOfMeetings(
  db: DbOrTx,
  lane: SQL,
  source: ValueSource,
  where: SQL,
  detailed: Set<string>,
): Map<number, string[]> {
  const laneOf = new Map<number, string[]>();
  if (!detailed.size) return laneOf;
  const pairs = db.all<{ id: number; lane: string }>(sql`${source.with}
    select distinct id, lane from (
      select ${meetings.id} as id, ${lane} as lane from ${meetings} ${source.join} where ${where}
    ) where lane in ${inList([...detailed])}`);
  for (const { id, lane: key } of pairs) {
    const list = laneOf.get(id);
    if (list) list.push(key);
    else laneOf.set(id, [key]);
  }
  return laneOf;
}

/**
 * One tile of the timeline: for the filtered set, grouped by `group` into the requested lanes
 * (and "others"), the number of meetings overlapping each bucket of `unit` in [start, end] —
 * inside the filters' own dates — and, for the lanes with few enough of them, the meetings
 * themselves with their participants and events. Each count is countMeetings of the lane's
 * filters with the bucket's days (cellFilters).
 */
export async function timelineTile(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  request: TileRequest,
): Promise<TimelineTile> {
  const { unit, group, lanes, others } = request;
  const tile = alignToBuckets(unit, request.start, request.end);
  const from = filters.from && filters.from > tile.start ? filters.from : tile.start;
  const to = filters.to && filters.to < tile.end ? filters.to : tile.end;
  if (from > to || (!lanes.length && !others)) {
    return { unit, ...tile, lanes: [], meetings: [], events: [] };
  }
  const source = valueSource(group);
  const lane = laneKey(source, group, lanes, others);
  const where = meetingFilterWhere(viewer, { ...filters, from, to });
  const rows = countRows(db, lane, source, where, unit);
  const perLane = spread(rows, unit, isoToMs(from), isoToMs(to));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.lane, (totals.get(r.lane) ?? 0) + r.n);
  const detailed = DETAIL_UNITS.includes(unit) ? detailedLanes(totals) : new Set<string>();
  const items = await timelineMeetings(db, lanesOfMeetings(db, lane, source, where, detailed));

  return {
    unit,
    ...tile,
    lanes: [...lanes, ...(others ? [OTHERS] : [])].map((key) => ({
      key,
      buckets: [...(perLane.get(key) ?? [])]
        .sort((a, b) => a[0] - b[0])
        .map(([i, count]): TimelineBucket => ({ start: msToIso(bucketAt(unit, i)), count })),
      detailed: detailed.has(key) || !totals.get(key),
    })),
    meetings: items,
    events: await timelineEvents(db, items),
  };
}
