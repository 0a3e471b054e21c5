import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DatePrecision, MeetingFormat, MeetingStatus } from '@/lib/domain/vocabularies';
import { MeetingBadges } from './meeting-badges';
import { MeetingDate } from './meeting-date';

/** One meeting as the table shows it; the caller renders title, extra line and participants. */
export interface MeetingTableRow {
  id: number;
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  format: MeetingFormat;
  status: MeetingStatus;
  /** "Vienna International Centre, Vienna, Austria"; '' when nothing was recorded. */
  place: string;
  title: ReactNode;
  /** An extra line under the title: a title at the time, a search snippet. */
  details?: ReactNode;
  participants: ReactNode;
}

export interface MeetingTableProps {
  rows: MeetingTableRow[];
  /** Names the table for assistive technology, e.g. "Meetings, page 2 of 40". */
  caption: string;
}

/**
 * The place of a meeting from its parts, with the country name resolved by the caller (the
 * country list is server-side; client components get names another way). A set, so that a
 * city-state reads "Singapore", not "Singapore, Singapore".
 */
export function placeOf(
  m: { venue?: string | null; city?: string | null; countryCode?: string | null },
  countryName: (code: string | null | undefined) => string,
): string {
  return [...new Set([m.venue, m.city, countryName(m.countryCode)].filter(Boolean))].join(', ');
}

/**
 * Meetings as one table, shared by the server lists and the research workbench: columns from `md`
 * up; on phones each row becomes a stacked card (the header row is then hidden visually, since
 * each cell's content speaks for itself). No hooks and no server-only imports, so it renders on
 * either side.
 */
export function MeetingTable({ rows, caption }: MeetingTableProps) {
  const cell = 'px-4 md:py-3 max-md:block';
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <table className="text-sm max-md:block">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-700 max-md:sr-only">
          <tr>
            <th scope="col" className="w-32 px-4 py-2.5 font-medium">
              Date
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              Meeting
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              Participants
            </th>
            <th scope="col" className="w-56 px-4 py-2.5 font-medium">
              Venue
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 max-md:block">
          {rows.map((m) => (
            <tr key={m.id} className="align-top max-md:block max-md:py-3">
              <td className={`${cell} whitespace-nowrap text-slate-700 tabular-nums`}>
                <MeetingDate
                  startDate={m.startDate}
                  endDate={m.endDate}
                  datePrecision={m.datePrecision}
                />
              </td>
              <td className={`${cell} max-md:mt-0.5`}>
                <Link href={`/meetings/${m.id}`} className="link font-medium max-md:text-base">
                  {m.title}
                </Link>
                {m.details ? <div className="mt-0.5 text-slate-600">{m.details}</div> : null}
                <div className="mt-1.5">
                  <MeetingBadges format={m.format} status={m.status} />
                </div>
              </td>
              <td className={`${cell} max-md:mt-1.5`}>{m.participants}</td>
              <td
                className={`${cell} text-slate-700 max-md:mt-1 max-md:text-slate-600 ${m.place ? '' : 'max-md:hidden'}`}
              >
                {m.place || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
