/**
 * Calendar days written as ISO strings ("2023-03-13"), formatted for people in the app's own
 * day-month-year style. The month names come from the platform (Intl, the same in Node and every
 * browser), so the browser needs no formatting library; days are calendar days, with no time
 * zone to shift them.
 */
export type DayPattern =
  'd' | 'd MMM' | 'd MMMM' | 'd MMM yyyy' | 'd MMMM yyyy' | 'MMM yyyy' | 'MMMM yyyy' | 'yyyy-MM-dd';

const monthNames = (month: 'short' | 'long') => {
  const names = new Intl.DateTimeFormat('en-US', { month, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => names.format(Date.UTC(2000, m, 1)));
};
let months: { short: string[]; long: string[] } | null = null;
const monthName = (index: number, style: 'short' | 'long') => {
  months ??= { short: monthNames('short'), long: monthNames('long') };
  return months[style][index] ?? '';
};

/** An ISO day (or the start of a longer ISO string) as the pattern says: "13 March 2023". */
export function formatIsoDay(iso: string, pattern: DayPattern): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7)) - 1;
  const day = String(Number(iso.slice(8, 10)));
  if (pattern === 'yyyy-MM-dd') return iso.slice(0, 10);
  return pattern
    .split(' ')
    .map((token) =>
      token === 'd'
        ? day
        : token === 'MMM'
          ? monthName(month, 'short')
          : token === 'MMMM'
            ? monthName(month, 'long')
            : year,
    )
    .join(' ');
}

/** A Date's calendar day in local time, as ISO ("2023-03-13"). */
export function isoOfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True for a real calendar day written YYYY-MM-DD (no 30 February). */
export function isRealIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The last day of the month of an ISO day or month: "2024-02" → "2024-02-29". */
export function lastDayOfMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
