import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import { listOrganizations } from '@/db/queries/organizations';

type Row = Awaited<ReturnType<typeof listOrganizations>>['organizations'][number];
import { countryName } from '@/lib/countries';
import { pageHref, parsePage } from '../_components/params';
import { organizationKindLabels } from './_components/kind-labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Organizations' };

const columns: DataTableColumn<Row>[] = [
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
  { header: 'Meetings', numeric: true, cell: (o) => o.meetingCount },
];

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await pageViewer();
  const db = await getDb();
  const result = await listOrganizations(db, viewer, {
    page: parsePage((await searchParams).page),
    pageSize: 100,
  });
  return (
    <>
      <PageHeader
        title="Organizations"
        description={`${result.total.toLocaleString('en')} ${result.total === 1 ? 'organization' : 'organizations'}, by name`}
      />
      {result.total === 0 ? (
        <EmptyState>
          No organizations are on record yet. They are added when a meeting is logged.
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={`Organizations, page ${result.page} of ${result.pageCount}`}
            rows={result.organizations}
            rowKey={(o) => o.id}
            columns={columns}
          />
          <p className="mt-2 text-sm text-slate-600">
            Meetings include those of an organization’s sub-organizations.
          </p>
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => pageHref('/organizations', page)}
          />
        </>
      )}
    </>
  );
}
