import type { DatePrecision } from '@/lib/domain/vocabularies';
import { formatMeetingDate, formatMeetingDateShort } from '@/lib/dates';

export interface MeetingDateProps {
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  /** The long form ("between 13 and 17 March 2023") instead of the short one. */
  long?: boolean;
}

/**
 * A meeting's date as what it is: a day, a month or a span. The short form carries the long
 * one as its title; a span gets no machine-readable day, since it has none.
 */
export function MeetingDate({ startDate, endDate, datePrecision, long = false }: MeetingDateProps) {
  const span = { startDate, endDate, datePrecision };
  const full = formatMeetingDate(span);
  const text = long ? full : formatMeetingDateShort(span);
  const title = text === full ? undefined : full;
  if (datePrecision === 'range' && startDate !== endDate) {
    return title ? <abbr title={title}>{text}</abbr> : <span>{text}</span>;
  }
  const machine = datePrecision === 'month' ? startDate.slice(0, 7) : startDate;
  return (
    <time dateTime={machine} title={title}>
      {text}
    </time>
  );
}
