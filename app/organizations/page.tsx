import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import { DataTable } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { HeaderActions } from '@/components/profile/header-actions';
import { plural } from '@/components/profile/links';
import { getDb } from '@/db';
import { listOrganizations } from '@/db/queries/organizations';
import { countries } from '@/lib/countries';
import { pageHref, parsePage } from '@/lib/page-params';
import {
  listParamsToRecord,
  organizationListParams,
  readListParams,
} from '@/lib/validation/profile-lists';
import { organizationColumns } from './_components/organization-columns';
import { OrganizationFilters } from './_components/organization-filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Organizations' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const params = readListParams(organizationListParams, query);
  const db = await getDb();
  const result = await listOrganizations(
    db,
    await pageViewer(),
    { page: parsePage(query.page), pageSize: 100 },
    params,
  );
  const filtered = Boolean(params.q || params.kind || params.country);
  return (
    <>
      <PageHeader
        title="Organizations"
        description={`${plural(result.total, 'organization', 'organizations')}${filtered ? ' found' : ''}, by name`}
        actions={
          <HeaderActions
            actions={[{ href: '/organizations/new', label: 'New organization', primary: true }]}
          />
        }
      />
      <OrganizationFilters params={params} countries={countryOptions} />
      {result.total === 0 ? (
        <EmptyState>
          {filtered
            ? 'No organization matches. Check the spelling, or clear a filter.'
            : 'No organizations are on record yet. They are added when a meeting is logged.'}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={`Organizations, page ${result.page} of ${result.pageCount}`}
            rows={result.organizations}
            rowKey={(o) => o.id}
            columns={organizationColumns}
          />
          <p className="mt-2 text-sm text-slate-600">
            Meetings include those of an organization’s sub-organizations.
          </p>
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => pageHref('/organizations', page, 'page', listParamsToRecord(params))}
          />
        </>
      )}
    </>
  );
}
