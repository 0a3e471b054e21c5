import { formatIsoDay, isRealIsoDay, lastDayOfMonth } from '@/lib/calendar';
import type { DatePrecision } from '@/lib/domain/vocabularies';

const ISO_MONTH = /^\d{4}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  return isRealIsoDay(value);
}

/** True for a real month written YYYY-MM. */
export function isIsoMonth(value: string): boolean {
  return ISO_MONTH.test(value) && isIsoDay(`${value}-01`);
}

/**
 * The span of days a meeting may have taken place on. A day is a one-day span, a month runs
 * from its first to its last day, a range from its start to its end.
 */
export function dateSpan(
  precision: DatePrecision,
  date: string,
  endDate?: string | null,
): { startDate: string; endDate: string } {
  if (precision === 'month') {
    const month = date.slice(0, 7);
    const first = `${month}-01`;
    return { startDate: first, endDate: lastDayOfMonth(first) };
  }
  if (precision === 'range') return { startDate: date, endDate: endDate || date };
  return { startDate: date, endDate: date };
}

/**
 * A meeting's date as what it is: "13 March 2023", "March 2023", "between 13 and 17 March 2023"
 * — never a false exact day for an approximate date.
 */
export function formatMeetingDate(m: {
  datePrecision: DatePrecision;
  startDate: string;
  endDate: string;
}): string {
  const start = m.startDate;
  if (m.datePrecision === 'month') return formatIsoDay(start, 'MMMM yyyy');
  if (m.datePrecision === 'day' || m.startDate === m.endDate)
    return formatIsoDay(start, 'd MMMM yyyy');
  const end = m.endDate;
  if (m.startDate.slice(0, 7) === m.endDate.slice(0, 7)) {
    return `between ${formatIsoDay(start, 'd')} and ${formatIsoDay(end, 'd MMMM yyyy')}`;
  }
  if (m.startDate.slice(0, 4) === m.endDate.slice(0, 4)) {
    return `between ${formatIsoDay(start, 'd MMMM')} and ${formatIsoDay(end, 'd MMMM yyyy')}`;
  }
  return `between ${formatIsoDay(start, 'd MMMM yyyy')} and ${formatIsoDay(end, 'd MMMM yyyy')}`;
}

/** A short form for lists and tables: "13 Mar 2023", "Mar 2023", "13–17 Mar 2023". */
export function formatMeetingDateShort(m: {
  datePrecision: DatePrecision;
  startDate: string;
  endDate: string;
}): string {
  const start = m.startDate;
  if (m.datePrecision === 'month') return formatIsoDay(start, 'MMM yyyy');
  if (m.datePrecision === 'day' || m.startDate === m.endDate)
    return formatIsoDay(start, 'd MMM yyyy');
  const end = m.endDate;
  if (m.startDate.slice(0, 7) === m.endDate.slice(0, 7)) {
    return `${formatIsoDay(start, 'd')}–${formatIsoDay(end, 'd MMM yyyy')}`;
  }
  if (m.startDate.slice(0, 4) === m.endDate.slice(0, 4)) {
    return `${formatIsoDay(start, 'd MMM')} – ${formatIsoDay(end, 'd MMM yyyy')}`;
  }
  return `${formatIsoDay(start, 'd MMM yyyy')} – ${formatIsoDay(end, 'd MMM yyyy')}`;
}

/** An ISO day as "13 March 2023"; '' for none. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  return formatIsoDay(value, 'd MMMM yyyy');
}
