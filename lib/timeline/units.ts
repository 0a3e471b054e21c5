import { DAY_MS, formatDayRange, formatUtc, isoToMs, msToIso } from './time';

/**
 * The time buckets the timeline counts meetings in: the finer the zoom, the finer the bucket.
 * Each is a calendar unit (a day, a Monday-to-Sunday week, a month, a calendar quarter, one or
 * more calendar years), so a bucket is also a period a person can name and open in the list.
 */
export const bucketUnits = [
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'year2',
  'year5',
  'year10',
] as const;
export type BucketUnit = (typeof bucketUnits)[number];

interface UnitDef {
  /** Average length in days, to choose a unit for a zoom. */
  days: number;
  /** Months per bucket for the calendar units; 0 for days and weeks. */
  months: number;
  /** Buckets per tile: what one request for the unit covers (about a screen's width). */
  tile: number;
}

const units: Record<BucketUnit, UnitDef> = {
  day: { days: 1, months: 0, tile: 28 },
  week: { days: 7, months: 0, tile: 16 },
  month: { days: 30.44, months: 1, tile: 24 },
  quarter: { days: 91.31, months: 3, tile: 16 },
  year: { days: 365.25, months: 12, tile: 16 },
  year2: { days: 730.5, months: 24, tile: 16 },
  year5: { days: 1826.25, months: 60, tile: 16 },
  year10: { days: 3652.5, months: 120, tile: 16 },
};

/** A bucket narrower than this many pixels is too small to click or to hold its count. */
export const MIN_BUCKET_PX = 28;

/** The finest unit whose buckets are at least MIN_BUCKET_PX wide at this zoom. */
export function unitFor(pxPerDay: number): BucketUnit {
  return bucketUnits.find((u) => units[u].days * pxPerDay >= MIN_BUCKET_PX) ?? 'year10';
}

/** True when the bucket is counted by month (so meetings can be grouped by month in SQL). */
export function isMonthly(unit: BucketUnit): boolean {
  return units[unit].months > 0;
}

// 1970-01-05 was a Monday: weeks are counted from it.
const MONDAY = 4 * DAY_MS;

/** The index of the bucket holding the instant `ms` (buckets are numbered from 1970 or year 0). */
export function bucketIndex(unit: BucketUnit, ms: number): number {
  const { months } = units[unit];
  if (unit === 'day') return Math.floor(ms / DAY_MS);
  if (unit === 'week') return Math.floor((ms - MONDAY) / (7 * DAY_MS));
  const d = new Date(ms);
  return Math.floor((d.getUTCFullYear() * 12 + d.getUTCMonth()) / months);
}

/** The first instant (midnight UTC) of bucket number `index`. */
export function bucketAt(unit: BucketUnit, index: number): number {
  const { months } = units[unit];
  if (unit === 'day') return index * DAY_MS;
  if (unit === 'week') return MONDAY + index * 7 * DAY_MS;
  const month = index * months;
  const d = new Date(0);
  d.setUTCFullYear(Math.floor(month / 12), month % 12, 1);
  return d.getTime();
}

/** The bucket holding `ms`, as [start, end) in UTC milliseconds. */
export function bucketOf(unit: BucketUnit, ms: number): { start: number; end: number } {
  const i = bucketIndex(unit, ms);
  return { start: bucketAt(unit, i), end: bucketAt(unit, i + 1) };
}

/** The starts of the buckets that overlap [from, to) (UTC milliseconds). */
export function bucketsBetween(unit: BucketUnit, from: number, to: number): number[] {
  const out: number[] = [];
  if (!(to > from)) return out;
  const last = bucketIndex(unit, to - 1);
  for (let i = bucketIndex(unit, from); i <= last; i++) out.push(bucketAt(unit, i));
  return out;
}

/** The bucket as people name it: "13 March 2023", "6–12 March 2023", "March 2023", "2020–2021". */
export function bucketLabel(unit: BucketUnit, start: number): string {
  const { end } = bucketOf(unit, start);
  if (unit === 'day' || unit === 'week') return formatDayRange(start, end);
  if (unit === 'month') return formatUtc(start, 'month');
  if (unit === 'quarter') {
    return `Q${Math.floor(new Date(start).getUTCMonth() / 3) + 1} ${new Date(start).getUTCFullYear()}`;
  }
  if (unit === 'year') return formatUtc(start, 'year');
  return `${new Date(start).getUTCFullYear()}–${new Date(end - DAY_MS).getUTCFullYear()}`;
}

/** One request's worth of buckets: a run of `tile` buckets, aligned so that tiles never overlap. */
export interface Tile {
  unit: BucketUnit;
  /** First day, ISO. */
  start: string;
  /** Last day (inclusive), ISO. */
  end: string;
}

function tileAt(unit: BucketUnit, index: number): Tile {
  const size = units[unit].tile;
  return {
    unit,
    start: msToIso(bucketAt(unit, index * size)),
    end: msToIso(bucketAt(unit, (index + 1) * size) - DAY_MS),
  };
}

/** The tiles that together cover [from, to) (UTC milliseconds), earliest first. */
export function tilesCovering(unit: BucketUnit, from: number, to: number): Tile[] {
  const size = units[unit].tile;
  const first = Math.floor(bucketIndex(unit, from) / size);
  const last = Math.floor(bucketIndex(unit, Math.max(from, to - 1)) / size);
  const out: Tile[] = [];
  for (let i = first; i <= last; i++) out.push(tileAt(unit, i));
  return out;
}

/** The whole buckets that cover the days [start, end] (ISO, inclusive), as an ISO day range. */
export function alignToBuckets(
  unit: BucketUnit,
  start: string,
  end: string,
): { start: string; end: string } {
  return {
    start: msToIso(bucketOf(unit, isoToMs(start)).start),
    end: msToIso(bucketOf(unit, isoToMs(end)).end - DAY_MS),
  };
}

/** How many buckets of `unit` the days [start, end] (ISO, inclusive) touch. */
export function bucketCount(unit: BucketUnit, start: string, end: string): number {
  return bucketIndex(unit, isoToMs(end)) - bucketIndex(unit, isoToMs(start)) + 1;
}
