import type { Viewer } from '@/lib/domain/viewer';
import { visibleMeetingAs } from './visibility';
import { sql } from 'drizzle-orm';
import type { FilterKey, MeetingFilters } from '@/lib/filters';
import type { DaySpan } from '@/lib/periods';
import type { DbOrTx } from '../client';
import { type Tally, tallyMeetings } from './aggregates';
import { countMeetings, meetingFilterWhere } from './meeting-search';
import type { PartSpec } from './period-splits';
import { type PeriodCount, partsPerPeriod } from './periods';
import { cached } from './search/cache';
import { facetLabels } from './search/facet-labels';
import { subtreeOf, treeIds } from '../sql/tree';
import { inList } from './search/values';

/**
 * The set every period figure counts: the meetings of `filters` held (status "held") whose
 * date span overlaps `span`. Planned meetings have their own list; cancelled ones are no activity.
 */
export function heldMeetings(filters: MeetingFilters, span: DaySpan): MeetingFilters {
  return { ...filters, status: ['held'], from: span.from, to: span.to };
}

/**
 * The organizations or topics "in line" with the filtered ones: themselves, every one above
 * them, and (for organizations) every one under them. A counterpart list leaves them out: UN
 * counts every meeting of a UNODC filter, and UNODC's own offices are not its counterparts.
 */
function lineOf(db: DbOrTx, table: 'organizations' | 'topics', ids: readonly number[]): number[] {
  if (!ids.length) return [];
  const up = treeIds(table, { direction: 'up', from: ids, liveOnly: false });
  const down =
    table === 'organizations'
      ? sql`union select id from (${treeIds(table, { direction: 'down', from: ids, liveOnly: false })})`
      : sql``;
  const rows = db.values<[number]>(sql`select id from (${up}) ${down}`);
  return rows.map((r) => r[0]);
}

/** The values a counterpart list or figure leaves out for these filters (see lineOf). */
export function ownSide(db: DbOrTx, filters: MeetingFilters) {
  return {
    country: filters.country,
    organization: lineOf(db, 'organizations', filters.organization),
    official: filters.official,
    topic: lineOf(db, 'topics', filters.topic),
  };
}

/** Deleted entities are no one's counterparts (a constant list: deletions are rare). */
const deleted = (table: 'organizations' | 'officials') =>
  sql`select id from ${sql.raw(table)} where deleted_at is not null`;

export interface PeriodFigures {
  /** The set counted, for its /meetings link. */
  filters: MeetingFilters;
  meetings: number;
  /** Distinct countries, organizations and officials at those meetings, own side left out. */
  countries: number;
  organizations: number;
  officials: number;
  /** Open follow-ups of those meetings, and how many are past due on `today`. */
  openFollowUps: number;
  overdueFollowUps: number;
}

/** The dashboard's headline figures for the held meetings of `filters` in `span`. */
export async function periodFigures(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  span: DaySpan,
  today: string,
): Promise<PeriodFigures> {
  const set = heldMeetings(filters, span);
  const where = meetingFilterWhere(viewer, set);
  const own = ownSide(db, filters);
  const distinct = sql`select
      count(distinct case when p.country_code not in ${inList(own.country)}
        then p.country_code end) as countries,
      count(distinct case when p.organization_id not in ${inList(own.organization)}
        and p.organization_id not in (${deleted('organizations')}) then p.organization_id end)
        as organizations,
      count(distinct case when p.official_id not in ${inList(own.official)}
        and p.official_id not in (${deleted('officials')}) then p.official_id end) as officials
    from meetings join participants p on p.meeting_id = meetings.id
    where ${where}`;
  const open = sql`select count(*) as open, coalesce(sum(fu.due_date < ${today}), 0) as overdue
    from meetings join follow_ups fu on fu.meeting_id = meetings.id
    where ${where} and fu.status = 'open'`;
  type Distinct = { countries: number; organizations: number; officials: number };
  const people = cached(db, distinct, () => db.get<Distinct>(distinct));
  const due = cached(db, open, () => db.get<{ open: number; overdue: number }>(open));
  return {
    filters: set,
    meetings: await countMeetings(db, viewer, set),
    countries: people?.countries ?? 0,
    organizations: people?.organizations ?? 0,
    officials: people?.officials ?? 0,
    openFollowUps: due?.open ?? 0,
    overdueFollowUps: Number(due?.overdue ?? 0),
  };
}

/**
 * Counterpart countries or organizations of the held meetings of `filters` in `span`, most
 * first, own side left out (ownSide): each Tally's filters list exactly its meetings.
 */
export async function counterparts(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  span: DaySpan,
  by: 'country' | 'organization',
  limit?: number,
): Promise<Tally[]> {
  const exclude = ownSide(db, filters)[by];
  return tallyMeetings(db, viewer, heldMeetings(filters, span), by, { exclude, limit });
}

export interface TopicTrend {
  value: string;
  label: string;
  current: { count: number; filters: MeetingFilters };
  previous: { count: number; filters: MeetingFilters };
  /** The topic's meetings per period (month or year) of `span`, for a sparkline. */
  periods: PeriodCount[];
}

/**
 * The most frequent topics of the held meetings of `filters` in `span` (a topic counts the
 * meetings of its subtopics, as the filter does), each with its count in `previous` and over
 * time. The filtered topics and those above them are left out (they count every meeting).
 */
export async function topicTrends(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  spans: { current: DaySpan; previous: DaySpan },
  unit: 'month' | 'year',
  limit = 6,
): Promise<TopicTrend[]> {
  const exclude = ownSide(db, filters).topic;
  const top = await tallyMeetings(db, viewer, heldMeetings(filters, spans.current), 'topic', {
    exclude,
    limit,
  });
  const first = top[0];
  if (!first) return [];
  // Every tally's filters are one base set plus its topic: count all topics over it in one pass.
  const base = {
    ...first.filters,
    topic: first.filters.topic.filter((v) => String(v) !== first.value),
  };
  const parts: PartSpec[] = top.map((t) => ({
    value: t.value,
    label: t.label,
    test: sql`exists (select 1 from meeting_topics mt where mt.meeting_id = meetings.id
      and +mt.topic_id in (${subtreeOf('topics', [Number(t.value)])}))`,
    filtersIn: (period) => ({ ...t.filters, from: period.from, to: period.to }),
  }));
  const rows = await partsPerPeriod(
    db,
    viewer,
    { ...base, from: undefined, to: undefined },
    unit,
    spans.current,
    parts,
  );
  return Promise.all(
    top.map(async (t, j) => {
      const before = { ...t.filters, ...spans.previous };
      return {
        value: t.value,
        label: t.label,
        current: { count: t.count, filters: t.filters },
        previous: { count: await countMeetings(db, viewer, before), filters: before },
        periods: rows.map(({ parts: counts, ...p }) => ({
          ...p,
          count: counts[j]!.count,
          filters: counts[j]!.filters!,
        })),
      };
    }),
  );
}

/** The year of the earliest live meeting, or null when there is none. */
export async function firstMeetingYear(db: DbOrTx, viewer: Viewer): Promise<number | null> {
  // The start_date index, walked from its low end to the first meeting the viewer sees.
  const row = db.get<{ first: string }>(
    sql`select start_date as first from meetings m where ${visibleMeetingAs(viewer, 'm')}
      order by start_date limit 1`,
  );
  return row ? Number(row.first.slice(0, 4)) : null;
}

/** Display names of the values of the filters `keys`, for their chips. */
export async function filterValueLabels<K extends FilterKey>(
  db: DbOrTx,
  filters: MeetingFilters,
  keys: readonly K[],
): Promise<Record<K, Array<{ value: string; label: string }>>> {
  const out = {} as Record<K, Array<{ value: string; label: string }>>;
  for (const key of keys) {
    const values = (filters[key] as ReadonlyArray<string | number>).map(String);
    const labels = facetLabels(db, key, values);
    out[key] = values.map((value) => ({ value, label: labels.get(value) ?? value }));
  }
  return out;
}
