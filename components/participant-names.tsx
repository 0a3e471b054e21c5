import { countryName } from '@/lib/countries';

export interface ParticipantNameItem {
  id: number;
  officialName: string | null;
  organizationName: string | null;
  organizationAcronym: string | null;
  countryCode: string | null;
}

export interface ParticipantNamesProps {
  participants: ParticipantNameItem[];
  /** How many to name before "and N more". */
  max?: number;
}

/** What a participant is known by in a list: acronym, else country, else the organization. */
function affiliation(p: ParticipantNameItem): string | null {
  if (!p.officialName) return null;
  return p.organizationAcronym || countryName(p.countryCode) || p.organizationName;
}

/** "Kairat Umarov (Kazakhstan), Ghada Fathi Waly (UNODC) and 3 more", as a compact list. */
export function ParticipantNames({ participants, max = 4 }: ParticipantNamesProps) {
  if (!participants.length) return <span className="text-slate-600">No participants</span>;
  const shown = participants.slice(0, max);
  const rest = participants.length - shown.length;
  return (
    <ul className="space-y-0.5">
      {shown.map((p) => {
        const name = p.officialName ?? p.organizationName ?? 'Unnamed participant';
        const extra = affiliation(p);
        return (
          <li key={p.id}>
            <span className="text-slate-900">{name}</span>
            {extra ? <span className="text-slate-600"> ({extra})</span> : null}
          </li>
        );
      })}
      {rest > 0 ? <li className="text-slate-600">and {rest} more</li> : null}
    </ul>
  );
}
