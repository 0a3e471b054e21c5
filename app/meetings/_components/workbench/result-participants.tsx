'use client';

import { useCountries } from '@/components/filters/country-names';
import type { MeetingParticipantView } from '@/lib/domain/meetings';

export interface ResultParticipantsProps {
  participants: MeetingParticipantView[];
  /** How many to name before "and N more". */
  max?: number;
  /** Participants the text search matched: named first, marked. */
  matched?: readonly number[];
}

/** "Kairat Umarov (Kazakhstan), Helga Schmid (OSCE) and 3 more", as a compact list. */
export function ResultParticipants({
  participants,
  max = 4,
  matched = [],
}: ResultParticipantsProps) {
  const { nameOf } = useCountries();
  if (!participants.length) return <span className="text-slate-600">No participants</span>;
  const hit = (id: number) => matched.includes(id);
  // A stable partition: the matched ones first, so "and 3 more" never hides the one searched for.
  const ordered = [
    ...participants.filter((p) => hit(p.id)),
    ...participants.filter((p) => !hit(p.id)),
  ];
  const shown = ordered.slice(0, max);
  const rest = participants.length - shown.length;
  return (
    <ul className="space-y-0.5">
      {shown.map((p) => {
        const name = p.officialName ?? p.organizationName ?? 'Unnamed participant';
        const extra = p.officialName
          ? p.organizationAcronym || nameOf(p.countryCode) || p.organizationName
          : null;
        return (
          <li key={p.id}>
            {hit(p.id) ? (
              <mark className="rounded-sm bg-amber-200 px-0.5 text-slate-950">{name}</mark>
            ) : (
              <span className="text-slate-900">{name}</span>
            )}
            {extra ? <span className="text-slate-600"> ({extra})</span> : null}
          </li>
        );
      })}
      {rest > 0 ? <li className="text-slate-600">and {rest} more</li> : null}
    </ul>
  );
}
