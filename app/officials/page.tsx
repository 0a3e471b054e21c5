import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import { DataTable } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { HeaderActions } from '@/components/profile/header-actions';
import { plural } from '@/components/profile/links';
import { getDb } from '@/db';
import { listOrganizationOptions } from '@/db/queries/organizations';
import { listOfficialCountryCodes, listOfficials } from '@/db/queries/profiles/official-list';
import { countryName } from '@/lib/countries';
import { pageHref, parsePage, todayIso } from '@/lib/page-params';
import {
  listParamsToRecord,
  officialListParams,
  readListParams,
} from '@/lib/validation/profile-lists';
import { officialColumns } from './_components/official-columns';
import { OfficialFilters } from './_components/official-filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Officials' };

export default async function OfficialsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const params = readListParams(officialListParams, query);
  const db = await getDb();
  const [result, codes, organizations] = await Promise.all([
    listOfficials(
      db,
      await pageViewer(),
      todayIso(),
      { page: parsePage(query.page), pageSize: 50 },
      params,
    ),
    listOfficialCountryCodes(db),
    listOrganizationOptions(db),
  ]);
  const countries = codes
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const filtered = Boolean(params.q || params.country || params.organization);
  return (
    <>
      <PageHeader
        title="Officials"
        description={`${plural(result.total, 'official', 'officials')}${filtered ? ' found' : ''}, by surname`}
        actions={
          <HeaderActions
            actions={[{ href: '/officials/new', label: 'New official', primary: true }]}
          />
        }
      />
      <OfficialFilters params={params} countries={countries} organizations={organizations} />
      {result.total === 0 ? (
        <EmptyState>
          {filtered
            ? 'No official matches. Check the spelling, or clear a filter.'
            : 'No officials are on record yet. They are added when a meeting is logged.'}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={`Officials, page ${result.page} of ${result.pageCount}`}
            rows={result.officials}
            rowKey={(o) => o.id}
            columns={officialColumns}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => pageHref('/officials', page, 'page', listParamsToRecord(params))}
          />
        </>
      )}
    </>
  );
}
