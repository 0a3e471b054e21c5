import type { DatePrecision } from '@/lib/domain/vocabularies';
import { DAY_MS, isoToMs } from './time';

/** How sure a meeting's date is: an exact day, sometime in a range of days, or in a month. */
export type SpanKind = 'day' | 'range' | 'month';

/** A meeting's place on the time axis: [start, end) in UTC milliseconds. */
export interface MeetingSpan {
  start: number;
  end: number;
  kind: SpanKind;
}

/**
 * The days a meeting may have taken place on, as drawn: an exact day is one day wide; a month
 * ("March 2023") covers the whole month and a range ("during the session") its every day, so an
 * approximate date is never drawn as if it were known to the day. A range of one day is a day.
 */
export function meetingSpan(m: {
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
}): MeetingSpan {
  const start = isoToMs(m.startDate);
  if (m.datePrecision === 'month') {
    const d = new Date(start);
    return {
      start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1),
      end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1),
      kind: 'month',
    };
  }
  const last = m.datePrecision === 'range' ? isoToMs(m.endDate) : start;
  const end = Math.max(start, Number.isNaN(last) ? start : last) + DAY_MS;
  return { start, end, kind: end - start > DAY_MS ? 'range' : 'day' };
}

/** What each kind of span means, for the legend and for screen readers. */
export const spanKindLabels: Record<SpanKind, string> = {
  day: 'Exact day',
  range: 'Sometime in a range of days',
  month: 'Sometime in the month',
};
