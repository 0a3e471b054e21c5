import Link from 'next/link';
import type { DataTableColumn } from '@/components/data-table';
import { CountLink } from '@/components/profile/count-link';
import type { listOrganizations } from '@/db/queries/organizations';
import { countryName } from '@/lib/countries';
import { emptyFilters } from '@/lib/filters';
import { organizationKindLabels } from './kind-labels';

type Row = Awaited<ReturnType<typeof listOrganizations>>['organizations'][number];

/** The organizations table: name, kind, country, parent, meetings (sub-organizations included). */
export const organizationColumns: DataTableColumn<Row>[] = [
  {
    header: 'Name',
    rowHeader: true,
    cell: (o) => (
      <>
        <Link href={`/organizations/${o.id}`} className="link">
          {o.name}
        </Link>
        {o.acronym ? <span className="font-normal text-slate-600"> ({o.acronym})</span> : null}
      </>
    ),
  },
  { header: 'Kind', cell: (o) => organizationKindLabels[o.kind] },
  {
    header: 'Country',
    cell: (o) => (o.countryCode ? countryName(o.countryCode) : 'International'),
  },
  {
    header: 'Part of',
    cell: (o) =>
      o.parentId ? (
        <Link href={`/organizations/${o.parentId}`} className="link">
          {o.parentAcronym || o.parentName}
        </Link>
      ) : (
        '—'
      ),
  },
  {
    header: 'Meetings',
    numeric: true,
    cell: (o) =>
      o.meetingCount ? (
        <CountLink
          compact
          count={o.meetingCount}
          filters={{ ...emptyFilters, organization: [o.id] }}
          context={`of ${o.acronym || o.name}`}
        />
      ) : (
        0
      ),
  },
];
