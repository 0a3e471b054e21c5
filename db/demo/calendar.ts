/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so that the generator never
 * depends on the machine's time zone and stays fast: a day number is one integer.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The day number of an ISO day (YYYY-MM-DD). */
export function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y!, m!, d!);
}

const isoCache = new Map<number, string>();

/** The ISO day of a day number (cached: the generator asks for the same few thousand days). */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The first `wd` (0 = Sunday) on or after year-month-day. */
export function weekdayOnOrAfter(year: number, month: number, day: number, wd: number): number {
  const start = dayOf(year, month, day);
  return start + ((wd - weekday(start) + 7) % 7);
}

/** The last day of the month that `day` falls in. */
export function endOfMonthDay(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 2, 1) - 1;
}

/** The first day of the month that `day` falls in. */
export function startOfMonthDay(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** "1st", "2nd", "66th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Seconds since the epoch at `hour`:00 UTC on `day`, for created_at/updated_at. */
export function epochSeconds(day: number, hour = 12): number {
  return day * 86_400 + hour * 3600;
}
