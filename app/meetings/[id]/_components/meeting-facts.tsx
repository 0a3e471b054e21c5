import Link from 'next/link';
import type { ReactNode } from 'react';
import { EventDates } from '@/components/event-dates';
import { MeetingDate } from '@/components/meeting-date';
import type { MeetingDetail } from '@/db/queries/meetings';
import { countryName } from '@/lib/countries';

export interface MeetingFactsProps {
  meeting: MeetingDetail;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-2.5 sm:grid sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-slate-900 sm:mt-0">{children}</dd>
    </div>
  );
}

/** When, where, in what setting: the meeting's facts as a description list. */
export function MeetingFacts({ meeting: m }: MeetingFactsProps) {
  const place = [...new Set([m.venue, m.city, countryName(m.countryCode)].filter(Boolean))].join(
    ', ',
  );
  const approximate = m.datePrecision !== 'day' && m.startDate !== m.endDate;
  return (
    <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
      <Fact term="Date">
        <MeetingDate
          startDate={m.startDate}
          endDate={m.endDate}
          datePrecision={m.datePrecision}
          long
        />
        {m.time ? <> at {m.time} (local time)</> : null}
        {approximate ? (
          <span className="block text-sm text-slate-600">The exact day was not recorded.</span>
        ) : null}
      </Fact>
      <Fact term="Place">{place || 'Not recorded'}</Fact>
      {m.event ? (
        <Fact term="Event">
          <Link href={`/events/${m.event.id}`} className="link">
            {m.event.name}
          </Link>
          <span className="text-slate-600">
            {' '}
            (<EventDates startDate={m.event.startDate} endDate={m.event.endDate} />)
          </span>
        </Fact>
      ) : null}
    </dl>
  );
}
