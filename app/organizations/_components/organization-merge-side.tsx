import Link from 'next/link';
import { organizationLabel } from '@/components/entity-form/labels';
import type { MergeSide } from '@/components/entity-form/merge-screen';
import type { OrganizationForMerge } from '@/db/queries/merges';
import { countryName } from '@/lib/countries';
import { filtersToSearchParams } from '@/lib/filters';
import { organizationKindLabels } from './kind-labels';

const none = <span className="text-slate-600">None</span>;
const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** An organization as one side of the merge screen. */
export function organizationMergeSide(o: OrganizationForMerge): MergeSide {
  return {
    id: o.id,
    version: o.version,
    name: organizationLabel(o),
    href: `/organizations/${o.id}`,
    facts: [
      { term: 'Kind', value: organizationKindLabels[o.kind] },
      { term: 'Country', value: o.countryCode ? countryName(o.countryCode) : none },
      {
        term: 'Part of',
        value: o.parentId ? (
          <Link href={`/organizations/${o.parentId}`} className="link">
            {organizationLabel({ name: o.parentName ?? '', acronym: o.parentAcronym })}
          </Link>
        ) : (
          none
        ),
      },
      { term: 'Other names', value: o.aliases.length ? o.aliases.join(', ') : none },
      { term: 'Website', value: o.website ?? none },
      {
        term: 'Linked records',
        value: `${plural(o.officialCount, 'official', 'officials')} with positions, ${plural(o.childCount, 'sub-organization', 'sub-organizations')}`,
      },
      {
        term: 'Meetings (with its sub-organizations)',
        value: (
          <Link href={`/meetings?${filtersToSearchParams(o.filters)}`} className="link">
            {plural(o.meetingCount, 'meeting', 'meetings')}
          </Link>
        ),
      },
    ],
  };
}

/** What merging `drop` into `keep` will do, in sentences. */
export function organizationMergeEffects(
  keep: OrganizationForMerge,
  drop: OrganizationForMerge,
): string[] {
  // Acronyms keep the sentences short: "OSCE" rather than the whole name twice a line.
  const k = `“${keep.acronym ?? keep.name}”`;
  const d = `“${drop.acronym ?? drop.name}”`;
  return [
    `Every meeting participation, position, sub-organization and organized event of ${d} moves to ${k}. A meeting where both sat at the table on their own lists ${k} once.`,
    `The name${drop.acronym ? ' and acronym' : ''}${drop.aliases.length ? `, and other names (${drop.aliases.join(', ')}),` : ''} of ${d} become other names of ${k}, so searches still find it.`,
    `Acronym, country, website and parent missing on ${k} are taken from ${d}.`,
    `${d} is removed; its page will lead to ${k}. The merge is recorded in both histories.`,
  ];
}
