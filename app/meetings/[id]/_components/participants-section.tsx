import Link from 'next/link';
import { Section } from '@/components/section';
import type { MeetingDetail } from '@/db/queries/meetings';
import type { ParticipantRole } from '@/lib/domain/vocabularies';
import { countryName } from '@/lib/countries';

type Participant = MeetingDetail['participants'][number];

const roleLabels: Record<ParticipantRole, string> = {
  host: 'Host',
  head: 'Head of delegation',
  member: 'Delegation member',
  observer: 'Observer',
};

interface Delegation {
  key: string;
  name: string;
  members: Participant[];
}

function organizationLabel(p: Pick<Participant, 'organizationName' | 'organizationAcronym'>) {
  if (!p.organizationName) return '';
  return p.organizationAcronym && p.organizationAcronym !== p.organizationName
    ? `${p.organizationName} (${p.organizationAcronym})`
    : p.organizationName;
}

/**
 * Participants by the country they represented, or else by their organization, in the order
 * they were recorded.
 */
function delegationsOf(participants: Participant[]): Delegation[] {
  const groups = new Map<string, Delegation>();
  for (const p of participants) {
    const key = p.countryCode
      ? `country:${p.countryCode}`
      : p.organizationId
        ? `organization:${p.organizationId}`
        : 'other';
    const name = p.countryCode
      ? countryName(p.countryCode)
      : p.organizationId
        ? organizationLabel(p)
        : 'Other participants';
    const group = groups.get(key) ?? { key, name, members: [] };
    group.members.push(p);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface ParticipantsSectionProps {
  participants: Participant[];
}

/** Who took part, grouped into delegations, each person with their title at the time. */
export function ParticipantsSection({ participants }: ParticipantsSectionProps) {
  const delegations = delegationsOf(participants);
  return (
    <Section
      id="participants"
      title="Participants"
      aside={`${participants.length} ${participants.length === 1 ? 'participant' : 'participants'}`}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {delegations.map((d) => (
          <div key={d.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold text-slate-950">{d.name}</h3>
            <ul className="mt-2 space-y-3">
              {d.members.map((p) => (
                <li key={p.id}>
                  <ParticipantLine participant={p} delegation={d.name} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}

function ParticipantLine({
  participant: p,
  delegation,
}: {
  participant: Participant;
  delegation: string;
}) {
  const organization = organizationLabel(p);
  return (
    <div className="text-sm">
      {p.officialId ? (
        <Link href={`/officials/${p.officialId}`} className="link font-medium">
          {p.officialName}
        </Link>
      ) : p.organizationId ? (
        <Link href={`/organizations/${p.organizationId}`} className="link font-medium">
          {organization}
        </Link>
      ) : null}
      <span className="text-slate-600"> · {roleLabels[p.role]}</span>
      {p.title ? <div className="text-slate-800">{p.title}</div> : null}
      {p.officialId && p.organizationId && organization !== delegation ? (
        <div>
          <Link href={`/organizations/${p.organizationId}`} className="link text-slate-700">
            {organization}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
