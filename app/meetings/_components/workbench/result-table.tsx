'use client';

import Link from 'next/link';
import { MeetingBadges } from '@/components/meeting-badges';
import { MeetingDate } from '@/components/meeting-date';
import type { MeetingSearchItem } from '@/lib/queries/meetings';
import { useCountries } from './country-names';
import { HighlightedText } from './highlighted-text';
import { ResultParticipants } from './result-participants';

export interface ResultTableProps {
  meetings: MeetingSearchItem[];
  /** Names the table for assistive technology, e.g. "Meetings, page 2 of 40". */
  caption: string;
}

/**
 * The matching meetings as one table, search words marked in the title and snippet: columns from
 * `md` up; on phones each row becomes a stacked card (the header row is then hidden visually).
 */
export function ResultTable({ meetings, caption }: ResultTableProps) {
  const { nameOf } = useCountries();
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
            <th scope="col" className="w-48 px-4 py-2.5 font-medium">
              Venue
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 max-md:block">
          {meetings.map((m) => {
            // A set, so that a city-state reads "Singapore", not "Singapore, Singapore".
            const where = [...new Set([m.venue, m.city, nameOf(m.countryCode)].filter(Boolean))];
            return (
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
                    {m.highlight ? <HighlightedText segments={m.highlight.title} /> : m.title}
                  </Link>
                  {m.highlight?.snippet ? (
                    <p className="mt-1 text-slate-700">
                      <HighlightedText segments={m.highlight.snippet} />
                    </p>
                  ) : null}
                  <div className="mt-1.5">
                    <MeetingBadges format={m.format} status={m.status} />
                  </div>
                </td>
                <td className={`${cell} max-md:mt-1.5`}>
                  <ResultParticipants participants={m.participants} />
                </td>
                <td
                  className={`${cell} text-slate-700 max-md:mt-1 max-md:text-slate-600 ${where.length ? '' : 'max-md:hidden'}`}
                >
                  {where.join(', ') || '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
