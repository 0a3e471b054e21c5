import type { Viewer } from '@/lib/domain/viewer';
import { addMonths, addYears, format, parseISO, subDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import { type MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../client';
import { meetingFilterWhere } from './meeting-search';
import { type PartSpec, type PeriodSplit, splitParts } from './period-splits';
import { cached } from './search/cache';
import type { PeriodPart, PeriodCount } from '@/lib/domain/profiles';
export type { PeriodPart, PeriodCount } from '@/lib/domain/profiles';

export type PeriodUnit = 'year' | 'month';

const keyLength: Record<PeriodUnit, number> = { year: 4, month: 7 };

/** Every period from the one holding `from` to the one holding `to`, clipped to [from, to]. */
export function periodsBetween(
  unit: PeriodUnit,
  from: string,
  to: string,
): Array<{ period: string; from: string; to: string }> {
  const out: Array<{ period: string; from: string; to: string }> = [];
  const step = unit === 'year' ? addYears : addMonths;
  const first = unit === 'year' ? `${from.slice(0, 4)}-01-01` : `${from.slice(0, 7)}-01`;
  for (let d = parseISO(first); format(d, 'yyyy-MM-dd') <= to; d = step(d, 1)) {
    const start = format(d, 'yyyy-MM-dd');
    const end = format(subDays(step(d, 1), 1), 'yyyy-MM-dd');
    out.push({
      period: start.slice(0, keyLength[unit]),
      from: start < from ? from : start,
      to: end > to ? to : end,
    });
  }
  return out;
}

/** A part's count in a period; `filters` is null when no filter state lists exactly its meetings. */
export type PartCount = Omit<PeriodPart, 'filters'> & { filters: MeetingFilters | null };
export type PeriodParts = Omit<PeriodCount, 'parts'> & { parts: PartCount[] };

type GroupRow = { a: string; b: string; n: number } & Record<string, number | null>;

/**
 * The set's meetings counted by the first and last period each overlaps within [from, to], in
 * one pass, with each part's test summed alongside: a meeting's periods are a contiguous run,
 * so a few groups expand to every period's counts. Remembered until the database changes.
 */
function groupCounts(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  unit: PeriodUnit,
  span: { from: string; to: string },
  parts: PartSpec[],
): GroupRow[] {
  const n = keyLength[unit];
  const sums = parts.map((p, i) => sql`, sum(${p.test}) as ${sql.raw(`p${i}`)}`);
  const query = sql`select substr(max(meetings.start_date, ${span.from}), 1, ${n}) as a,
      substr(min(meetings.end_date, ${span.to}), 1, ${n}) as b, count(*) as n${sql.join(sums)}
    from meetings where ${meetingFilterWhere(viewer, { ...filters, ...span })} group by 1, 2`;
  return cached(db, query, () => db.all<GroupRow>(query));
}

/**
 * Meetings of `filters` per year or month over `range`, with the count of every part of
 * `parts` in each (zeros included), each with the filters that list exactly its meetings.
 * The range is narrowed to the filters' own from/to; nothing when they do not meet.
 */
export async function partsPerPeriod(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  unit: PeriodUnit,
  range: { from: string; to: string },
  parts: PartSpec[],
): Promise<PeriodParts[]> {
  const from = filters.from && filters.from > range.from ? filters.from : range.from;
  const to = filters.to && filters.to < range.to ? filters.to : range.to;
  if (from > to) return [];
  const periods = periodsBetween(unit, from, to);
  const index = new Map(periods.map((p, i) => [p.period, i]));
  const totals = periods.map(() => 0);
  const partCounts = periods.map(() => parts.map(() => 0));
  for (const g of groupCounts(db, viewer, filters, unit, { from, to }, parts)) {
    const last = index.get(g.b) ?? periods.length - 1;
    for (let i = index.get(g.a) ?? 0; i <= last; i++) {
      totals[i]! += g.n;
      parts.forEach((_, j) => (partCounts[i]![j]! += Number(g[`p${j}`] ?? 0)));
    }
  }
  return periods.map((p, i) => {
    const periodFilters: MeetingFilters = { ...filters, from: p.from, to: p.to };
    return {
      ...p,
      count: totals[i]!,
      filters: periodFilters,
      parts: parts.map((part, j) => ({
        value: part.value,
        label: part.label,
        count: partCounts[i]![j]!,
        filters: part.filtersIn(periodFilters),
      })),
    };
  });
}

/**
 * Meetings of `filters` per year or month over [from, to], optionally split by format or region.
 * Overlap semantics are the `from`/`to` filter's: a meeting spanning two months counts in both,
 * and each period's `filters` (its from/to narrowed to the period, within the filters' own
 * from/to) select exactly its `count` in countMeetings and on /meetings. Every period of the
 * range is listed, empty ones with 0; parts only with meetings and a filter state. Format parts
 * partition the bar. Region parts (world regions, e.g. "Europe") count meetings with a
 * participant from the region, so a meeting with participants from two regions counts in both
 * and one with only international organizations (no country) in none: region parts may sum to
 * more or less than the bar.
 */
export async function meetingsPerPeriod(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  unit: PeriodUnit,
  range: { from: string; to: string },
  splitBy?: PeriodSplit,
): Promise<PeriodCount[]> {
  const rows = await partsPerPeriod(
    db,
    viewer,
    filters,
    unit,
    range,
    splitBy ? splitParts(splitBy) : [],
  );
  return rows.map(({ parts, ...row }) => {
    if (!splitBy) return row;
    const shown = parts.flatMap((p) =>
      p.count && p.filters ? [{ ...p, filters: p.filters }] : [],
    );
    return { ...row, parts: shown };
  });
}
