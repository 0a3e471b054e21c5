import { type DayPattern, formatIsoDay } from '@/lib/calendar';

export interface EventDatesProps {
  startDate: string;
  endDate: string;
  /** "13–17 Mar 2023" instead of "13–17 March 2023". */
  short?: boolean;
}

/** An event's exact span: "13–17 March 2023", "30 March – 2 April 2023", "13 March 2023". */
export function EventDates({ startDate, endDate, short = false }: EventDatesProps) {
  const month = short ? 'MMM' : 'MMMM';
  const start = startDate;
  const end = endDate;
  let text: string;
  if (startDate === endDate) text = formatIsoDay(start, `d ${month} yyyy` as DayPattern);
  else if (startDate.slice(0, 7) === endDate.slice(0, 7))
    text = `${formatIsoDay(start, 'd')}–${formatIsoDay(end, `d ${month} yyyy` as DayPattern)}`;
  else if (startDate.slice(0, 4) === endDate.slice(0, 4))
    text = `${formatIsoDay(start, `d ${month}` as DayPattern)} – ${formatIsoDay(end, `d ${month} yyyy` as DayPattern)}`;
  else
    text = `${formatIsoDay(start, `d ${month} yyyy` as DayPattern)} – ${formatIsoDay(end, `d ${month} yyyy` as DayPattern)}`;
  return <time dateTime={startDate}>{text}</time>;
}
