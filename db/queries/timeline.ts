import { seesRestricted, type Viewer } from '@/lib/domain/viewer';
import { asc, desc, inArray, type SQL, sql } from 'drizzle-orm';
import { countryName } from '@/lib/countries';
import { filtersToSearchParams, hasFilters, type MeetingFilters } from '@/lib/filters';
import {
  compactFilterQuery,
  groupMode,
  groupNames,
  LANE_LIMIT,
  laneFilters,
  MAX_OTHER_VALUES,
  OTHERS,
  othersFilters,
  type TimelineGroup,
} from '@/lib/timeline/groups';
import type { TimelineLane, TimelineSummary } from '@/lib/timeline/types';
import type { DbOrTx } from '../client';
import { meetings, officials, organizations, topics } from '../schema';
import { countMeetings, meetingFilterWhere } from './meeting-search';
import { cached } from './search/cache';
import { valueSource } from './timeline-sql';

export { timelineTile, TILE_LIMITS } from './timeline-tile';

type ValueCount = { value: string; count: number };

/**
 * How many meetings of the filtered set each value of the group has (a meeting counts once per
 * value, however many of its participants share it). In mode `only` just the chosen values are
 * lanes.
 */
function valueCounts(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  group: TimelineGroup,
): ValueCount[] {
  // The shortcut counts every meeting: only for those who may see every classification.
  const rows =
    hasFilters(filters) || !seesRestricted(viewer)
      ? filteredCounts(db, viewer, filters, group)
      : allCounts(db, group);
  if (groupMode(filters, group) !== 'only') return rows;
  const chosen = new Set(filters[group].map(String));
  return rows.filter((r) => chosen.has(r.value));
}

function filteredCounts(db: DbOrTx, viewer: Viewer, filters: MeetingFilters, group: TimelineGroup) {
  const source = valueSource(group);
  const query = sql`${source.with} select cast(${source.value} as text) as value,
      count(distinct ${meetings.id}) as count
    from ${meetings} ${source.join}
    where ${meetingFilterWhere(viewer, filters)} and ${source.value} is not null
    group by ${source.value}`;
  return cached(db, query, () => db.all<ValueCount>(query));
}

/**
 * With no filter, every meeting counts: the values' own indexes give the counts without reading
 * a meeting (as the facets do), and the few deleted meetings are taken off.
 */
function allCounts(db: DbOrTx, group: TimelineGroup): ValueCount[] {
  const s = valueSource(group);
  const all = sql`${s.with} select value, count(*) as count from (
      select distinct cast(${s.value} as text) as value, ${s.meeting} from ${s.table} ${s.joins}
      where ${s.value} is not null
    ) group by value`;
  const deleted = sql`${s.with} select cast(${s.value} as text) as value,
      count(distinct ${meetings.id}) as count
    from ${meetings} indexed by meetings_deleted_idx ${s.join}
    where ${meetings.deletedAt} is not null and ${s.value} is not null group by ${s.value}`;
  return cached(db, all, () => {
    const gone = new Map(db.all<ValueCount>(deleted).map((r) => [r.value, r.count]));
    return db
      .all<ValueCount>(all)
      .map((r) => ({ value: r.value, count: r.count - (gone.get(r.value) ?? 0) }))
      .filter((r) => r.count > 0);
  });
}

/** The names of the lanes' values: country names, officials', organizations' and topics'. */
async function labelsOf(
  db: DbOrTx,
  group: TimelineGroup,
  values: string[],
): Promise<Map<string, { label: string; title: string | null }>> {
  const out = new Map<string, { label: string; title: string | null }>();
  if (group === 'country') {
    for (const v of values) out.set(v, { label: countryName(v), title: null });
    return out;
  }
  const ids = values.map(Number);
  if (!ids.length) return out;
  if (group === 'official') {
    const rows = await db
      .select({ id: officials.id, name: officials.displayName })
      .from(officials)
      .where(inArray(officials.id, ids));
    for (const r of rows) out.set(String(r.id), { label: r.name, title: null });
  } else if (group === 'organization') {
    const rows = await db
      .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
      .from(organizations)
      .where(inArray(organizations.id, ids));
    for (const r of rows) {
      out.set(String(r.id), { label: r.acronym || r.name, title: r.acronym ? r.name : null });
    }
  } else {
    const rows = await db
      .select({ id: topics.id, name: topics.name })
      .from(topics)
      .where(inArray(topics.id, ids));
    for (const r of rows) out.set(String(r.id), { label: r.name, title: null });
  }
  return out;
}

/** The first day of the set's earliest meeting and the last day of its latest one. */
async function extentOf(db: DbOrTx, where: SQL) {
  const [first] = await db
    .select({ day: meetings.startDate })
    .from(meetings)
    .where(where)
    .orderBy(asc(meetings.startDate))
    .limit(1);
  const [last] = await db
    .select({ day: meetings.endDate })
    .from(meetings)
    .where(where)
    .orderBy(desc(meetings.endDate))
    .limit(1);
  return { first: first?.day ?? null, last: last?.day ?? null };
}

/** The lane of every value past the top ones: any of them took part. */
async function othersLane(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  group: TimelineGroup,
  rest: string[],
): Promise<TimelineLane> {
  const others = othersFilters(filters, group, rest);
  const many = groupNames[group].many;
  return {
    key: OTHERS,
    label: `Other ${many}`,
    title: `${rest.length.toLocaleString('en')} more ${many}`,
    count: await countMeetings(db, viewer, others),
    query: compactFilterQuery(others),
  };
}

/**
 * The timeline's lanes for a filter state grouped by `group`: the `laneLimit` values with the
 * most meetings, then (when the group's own filter is not set) an "others" lane of every other
 * value; each with its count and its filter state (lib/timeline/groups.ts), so the count links to
 * exactly its meetings. Also the set's total and its first and last day.
 */
export async function timelineSummary(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  group: TimelineGroup,
  { laneLimit = LANE_LIMIT }: { laneLimit?: number } = {},
): Promise<TimelineSummary> {
  const mode = groupMode(filters, group);
  const counts = [...valueCounts(db, viewer, filters, group)].sort(
    (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  );
  const top = counts.slice(0, laneLimit);
  const rest = counts.slice(laneLimit).map((c) => c.value);
  const names = await labelsOf(
    db,
    group,
    top.map((c) => c.value),
  );
  const lanes: TimelineLane[] = top.map(({ value, count }) => ({
    key: value,
    label: names.get(value)?.label ?? value,
    title: names.get(value)?.title ?? null,
    count,
    query: filtersToSearchParams(laneFilters(filters, group, value)).toString(),
  }));
  const withOthers = mode === 'open' && rest.length > 0 && rest.length <= MAX_OTHER_VALUES;
  if (withOthers) lanes.push(await othersLane(db, viewer, filters, group, rest));
  const [total, extent] = await Promise.all([
    countMeetings(db, viewer, filters),
    extentOf(db, meetingFilterWhere(viewer, filters)),
  ]);
  return {
    group,
    mode,
    total,
    ...extent,
    lanes,
    hiddenValues: withOthers ? 0 : rest.length,
  };
}
