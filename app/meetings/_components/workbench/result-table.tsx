'use client';

import { useCountries } from '@/components/filters/country-names';
import { MeetingTable, placeOf } from '@/components/meeting-table';
import type { MeetingSearchItem } from '@/lib/queries/meetings';
import { HighlightedText } from './highlighted-text';
import { ResultParticipants } from './result-participants';

export interface ResultTableProps {
  meetings: MeetingSearchItem[];
  /** Names the table for assistive technology, e.g. "Meetings, page 2 of 40". */
  caption: string;
}

/** The matching meetings, search words marked in the title and snippet. */
export function ResultTable({ meetings, caption }: ResultTableProps) {
  const { nameOf } = useCountries();
  return (
    <MeetingTable
      caption={caption}
      rows={meetings.map((m) => ({
        ...m,
        place: placeOf(m, nameOf),
        title: m.highlight ? <HighlightedText segments={m.highlight.title} /> : m.title,
        details: m.highlight?.snippet ? (
          <p className="mt-1 text-slate-700">
            <HighlightedText segments={m.highlight.snippet} />
          </p>
        ) : null,
        participants: (
          <ResultParticipants participants={m.participants} matched={m.highlight?.participantIds} />
        ),
      }))}
    />
  );
}
