import Link from 'next/link';
import type { MergeSide } from '@/components/entity-form/merge-screen';
import type { OfficialForMerge } from '@/db/queries/merges';
import { countryName } from '@/lib/countries';
import { formatDay } from '@/lib/dates';
import { filtersToSearchParams } from '@/lib/filters';

const none = <span className="text-slate-600">None</span>;

function span(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return ` (${start ? formatDay(start) : '…'} – ${end ? formatDay(end) : 'now'})`;
}

/** An official as one side of the merge screen: what moves and what is kept. */
export function officialMergeSide(o: OfficialForMerge): MergeSide {
  return {
    id: o.id,
    version: o.version,
    name: o.displayName,
    href: `/officials/${o.id}`,
    facts: [
      { term: 'Other names', value: o.aliases.length ? o.aliases.join(', ') : none },
      {
        term: 'Country',
        value: o.countryCode ? countryName(o.countryCode) : 'None (international civil servant)',
      },
      {
        term: 'Positions',
        value: o.positions.length ? (
          <ul className="space-y-1">
            {o.positions.map((p) => (
              <li key={p.id}>
                {p.title || 'No title'}
                {p.organizationName ? `, ${p.organizationAcronym ?? p.organizationName}` : ''}
                {span(p.startDate, p.endDate)}
              </li>
            ))}
          </ul>
        ) : (
          none
        ),
      },
      {
        term: 'Meetings',
        value: (
          <Link href={`/meetings?${filtersToSearchParams(o.filters)}`} className="link">
            {o.meetingCount.toLocaleString('en')} {o.meetingCount === 1 ? 'meeting' : 'meetings'}
          </Link>
        ),
      },
      { term: 'Wikidata id', value: o.wikidataId ?? none },
    ],
  };
}

/** What merging `drop` into `keep` will do, in sentences. */
export function officialMergeEffects(keep: OfficialForMerge, drop: OfficialForMerge): string[] {
  const meetings = drop.meetingCount === 1 ? '1 meeting' : `${drop.meetingCount} meetings`;
  const positions =
    drop.positions.length === 1 ? '1 position' : `${drop.positions.length} positions`;
  return [
    `${meetings} and ${positions} of “${drop.displayName}” move to “${keep.displayName}”. A meeting both took part in lists them once, with the more detailed role and title.`,
    `“${drop.displayName}”${drop.aliases.length ? ` and its other names (${drop.aliases.join(', ')})` : ''} become other names of “${keep.displayName}”, so searches still find them.`,
    `Country, notes and Wikidata id missing on “${keep.displayName}” are taken from “${drop.displayName}”.`,
    `“${drop.displayName}” is removed; its page will lead to “${keep.displayName}”. The merge is recorded in both histories.`,
  ];
}
