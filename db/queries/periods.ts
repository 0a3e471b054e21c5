import type { Viewer } from '@/lib/auth/roles';
import { addMonths, addYears, format, parseISO, subDays } from 'date-fns';
import { type SQL, sql } from 'drizzle-orm';
import { countries } from '@/lib/countries';
import { type MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../client';
import { meetingFormats } from '../schema';
import { meetingFilterWhere } from './meeting-search';
import { cached } from './search/cache';
import { humanize } from './search/facet-labels';
import { inList } from './search/values';

export type PeriodUnit = 'year' | 'month';
export type PeriodSplit = 'format' | 'region';

/** One part of a period's bar: the meetings of the period with one format, region or topic. */
export interface PeriodPart {
  value: string;
  label: string;
  count: number;
  filters: MeetingFilters;
}

export interface PeriodCount {
  /** '2023' or '2023-03'. */
  period: string;
  /** ISO days bounding the period (clipped to the range asked for). */
  from: string;
  to: string;
  /** Meetings of the set whose date span overlaps the period. */
  count: number;
  /** The input filters with from/to narrowed to the period: they select exactly `count`. */
  filters: MeetingFilters;
  /** With a split: the parts with at least one meeting, in a fixed order (see meetingsPerPeriod). */
  parts?: PeriodPart[];
}

/** Top-level world-countries regions ("Africa", "Americas", "Asia", …), sorted. */
export const regionNames: readonly string[] = [...new Set(countries.map((c) => c.region))]
  .filter(Boolean)
  .sort();

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

/**
 * The filters of one format or region part. Format is single-valued, so a format the filters already exclude has
 * no meetings and no part. A region part needs "some participant from R" on top of the filters'
 * regions: exact for no region filter, for R among alternatives (a meeting with a participant
 * from R satisfies them), and for one region or all-of regions (via `all`); with several
 * alternative regions that do not include R there is no single filter state, so no part.
 */
function splitFilters(
  filters: MeetingFilters,
  split: PeriodSplit,
  value: string,
): MeetingFilters | null {
  if (split === 'format') {
    const formats = filters.format as readonly string[];
    if (formats.length && !formats.includes(value)) return null;
    return { ...filters, format: [value as MeetingFilters['format'][number]] };
  }
  const regions = filters.region;
  const lower = regions.map((r) => r.toLowerCase());
  const allOf = filters.all.includes('region');
  if (!regions.length || (!allOf && lower.includes(value.toLowerCase()))) {
    return { ...filters, region: [value] };
  }
  if (allOf || regions.length === 1) {
    return {
      ...filters,
      region: [...new Set([...regions, value])],
      all: [...new Set([...filters.all, 'region' as const])],
    };
  }
  return null;
}

/** A part's count in a period; `filters` is null when no filter state lists exactly its meetings. */
export type PartCount = Omit<PeriodPart, 'filters'> & { filters: MeetingFilters | null };
export type PeriodParts = Omit<PeriodCount, 'parts'> & { parts: PartCount[] };

/** A kind of part of every bar: which meetings it holds, and the filters that list them. */
export interface PartSpec {
  value: string;
  label: string;
  /** A test on the row of `meetings`, true for the meetings of this part. */
  test: SQL;
  /** The filters of the part within a period's filters, or null when no filter state says it. */
  filtersIn: (period: MeetingFilters) => MeetingFilters | null;
}

/** The parts of a split, in display order (colours follow it). */
function splitParts(split: PeriodSplit): PartSpec[] {
  if (split === 'format') {
    return meetingFormats.map((value) => ({
      value,
      label: humanize(value),
      test: sql`meetings.format = ${value}`,
      filtersIn: (f) => splitFilters(f, 'format', value),
    }));
  }
  return regionNames.map((value) => {
    const codes = countries.filter((c) => c.region === value).map((c) => c.code);
    return {
      value,
      label: value,
      // `+` keeps SQLite on the (meeting_id, …) index: one seek per meeting, not per country.
      test: sql`exists (select 1 from participants p where p.meeting_id = meetings.id
        and +p.country_code in ${inList(codes)})`,
      filtersIn: (f) => splitFilters(f, 'region', value),
    };
  });
}

/** The values of a split in display order, with their labels. */
export function splitValues(split: PeriodSplit): Array<{ value: string; label: string }> {
  return splitParts(split).map(({ value, label }) => ({ value, label }));
}

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
