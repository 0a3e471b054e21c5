/**
 * Calendar days as UTC milliseconds. The timeline measures time in UTC throughout, so that a
 * day is always 24 hours wide (no daylight-saving jumps) and the server and every browser agree
 * on where a day begins, whatever their time zone.
 */

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of an ISO day (YYYY-MM-DD); NaN when it is not one. */
export function isoToMs(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) return NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const d = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls 2023-02-30 over to 2 March, and reads years below 100 as 19xx.
  d.setUTCFullYear(year, month, day);
  return d.getUTCMonth() === month && d.getUTCDate() === day ? d.getTime() : NaN;
}

/** The ISO day (YYYY-MM-DD) that contains the instant `ms`. */
export function msToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC at or before `ms`. */
export function floorDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Midnight UTC at or after `ms`. */
export function ceilDay(ms: number): number {
  return Math.ceil(ms / DAY_MS) * DAY_MS;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The month's short English name ("Mar"), for a UTC instant. */
export function shortMonth(ms: number): string {
  return (MONTHS[new Date(ms).getUTCMonth()] ?? '').slice(0, 3);
}

/**
 * A UTC instant as the app writes days, months and years: "13 March 2023", "March 2023",
 * "2023" (long) or "13 Mar 2023", "Mar 2023" (short). Written by hand rather than with
 * date-fns, which formats in the local time zone.
 */
export function formatUtc(ms: number, precision: 'day' | 'month' | 'year', short = false): string {
  const d = new Date(ms);
  const month = MONTHS[d.getUTCMonth()] ?? '';
  const name = short ? month.slice(0, 3) : month;
  const year = d.getUTCFullYear();
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${name} ${year}`;
  return `${d.getUTCDate()} ${name} ${year}`;
}

/**
 * The days [start, end) as one phrase: "13–17 March 2023", "30 March – 2 April 2023",
 * "13 March 2023" for a single day. `end` is exclusive (midnight after the last day).
 */
export function formatDayRange(start: number, end: number): string {
  const last = Math.max(start, ceilDay(end) - DAY_MS);
  const a = new Date(start);
  const b = new Date(last);
  if (msToIso(start) === msToIso(last)) return formatUtc(start, 'day');
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (sameYear && a.getUTCMonth() === b.getUTCMonth()) {
    return `${a.getUTCDate()}–${formatUtc(last, 'day')}`;
  }
  if (sameYear) {
    return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} – ${formatUtc(last, 'day')}`;
  }
  return `${formatUtc(start, 'day')} – ${formatUtc(last, 'day')}`;
}
