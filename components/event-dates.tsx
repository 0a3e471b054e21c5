import { format, parseISO } from 'date-fns';

export interface EventDatesProps {
  startDate: string;
  endDate: string;
  /** "13–17 Mar 2023" instead of "13–17 March 2023". */
  short?: boolean;
}

/** An event's exact span: "13–17 March 2023", "30 March – 2 April 2023", "13 March 2023". */
export function EventDates({ startDate, endDate, short = false }: EventDatesProps) {
  const month = short ? 'MMM' : 'MMMM';
  const start = parseISO(startDate);
  const end = parseISO(endDate);
  let text: string;
  if (startDate === endDate) text = format(start, `d ${month} yyyy`);
  else if (startDate.slice(0, 7) === endDate.slice(0, 7))
    text = `${format(start, 'd')}–${format(end, `d ${month} yyyy`)}`;
  else if (startDate.slice(0, 4) === endDate.slice(0, 4))
    text = `${format(start, `d ${month}`)} – ${format(end, `d ${month} yyyy`)}`;
  else text = `${format(start, `d ${month} yyyy`)} – ${format(end, `d ${month} yyyy`)}`;
  return <time dateTime={startDate}>{text}</time>;
}
