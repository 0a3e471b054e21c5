import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/server/auth/current';
import { type CountryActivity, listCountryActivity } from '@/db/queries/countries';
import { CountLink } from '@/components/profile/count-link';
import { countryName, getCountry } from '@/lib/countries';
import { emptyFilters } from '@/lib/filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Countries' };

type Row = CountryActivity & { name: string; region: string };

const columns: DataTableColumn<Row>[] = [
  {
    header: 'Country',
    rowHeader: true,
    cell: (c) => (
      <Link href={`/countries/${c.code}`} className="link">
        {c.name}
      </Link>
    ),
  },
  { header: 'Region', cell: (c) => c.region || '—' },
  {
    header: 'Meetings represented',
    numeric: true,
    cell: (c) =>
      c.represented ? (
        <CountLink
          compact
          count={c.represented}
          filters={{ ...emptyFilters, country: [c.code] }}
          context={`where ${c.name} was represented`}
        />
      ) : (
        0
      ),
  },
  {
    header: 'Meetings held there',
    numeric: true,
    cell: (c) =>
      c.hosted ? (
        <CountLink
          compact
          count={c.hosted}
          filters={{ ...emptyFilters, heldIn: [c.code] }}
          context={`held in ${c.name}`}
        />
      ) : (
        0
      ),
  },
  {
    header: 'Officials',
    numeric: true,
    cell: (c) =>
      c.officials ? (
        <Link href={`/officials?country=${c.code}`} className="link tabular-nums">
          {c.officials.toLocaleString('en')}
          <span className="sr-only"> officials serving {c.name}</span>
        </Link>
      ) : (
        0
      ),
  },
];

export default async function CountriesPage() {
  const viewer = await pageViewer();
  const db = await getDb();
  const rows: Row[] = (await listCountryActivity(db, viewer))
    .map((r) => ({ ...r, name: countryName(r.code), region: getCountry(r.code)?.subregion ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <>
      <PageHeader
        title="Countries"
        description={`${rows.length} ${rows.length === 1 ? 'country appears' : 'countries appear'} in the records: represented at meetings, hosting them or with officials on record`}
      />
      {rows.length === 0 ? (
        <EmptyState>No countries appear in the records yet.</EmptyState>
      ) : (
        <DataTable
          caption="Countries in the records"
          rows={rows}
          rowKey={(c) => c.code}
          columns={columns}
        />
      )}
    </>
  );
}
