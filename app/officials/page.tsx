import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { MeetingDate } from '@/components/meeting-date';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import { listOfficials, type OfficialListItem } from '@/db/queries/officials';
import { countryName } from '@/lib/countries';
import { pageHref, parsePage, todayIso } from '../_components/params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Officials' };

const columns: DataTableColumn<OfficialListItem>[] = [
  {
    header: 'Name',
    rowHeader: true,
    cell: (o) => (
      <Link href={`/officials/${o.id}`} className="link">
        {o.displayName}
      </Link>
    ),
  },
  {
    header: 'Country',
    cell: (o) => (o.countryCode ? countryName(o.countryCode) : 'International'),
  },
  {
    header: 'Current position',
    cell: (o) =>
      o.position
        ? [o.position.title, o.position.organizationAcronym || o.position.organizationName]
            .filter(Boolean)
            .join(', ')
        : '—',
  },
  { header: 'Meetings', numeric: true, cell: (o) => o.meetingCount },
  {
    header: 'Latest meeting',
    className: 'md:whitespace-nowrap',
    cell: (o) =>
      o.latestMeeting ? (
        <Link href={`/meetings/${o.latestMeeting.id}`} className="link">
          <MeetingDate
            startDate={o.latestMeeting.startDate}
            endDate={o.latestMeeting.endDate}
            datePrecision={o.latestMeeting.datePrecision}
          />
        </Link>
      ) : (
        '—'
      ),
  },
];

export default async function OfficialsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await pageViewer();
  const db = await getDb();
  const result = await listOfficials(db, viewer, todayIso(), {
    page: parsePage((await searchParams).page),
    pageSize: 50,
  });
  return (
    <>
      <PageHeader
        title="Officials"
        description={`${result.total.toLocaleString('en')} ${result.total === 1 ? 'official' : 'officials'}, by surname`}
      />
      {result.total === 0 ? (
        <EmptyState>
          No officials are on record yet. They are added when a meeting is logged.
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={`Officials, page ${result.page} of ${result.pageCount}`}
            rows={result.officials}
            rowKey={(o) => o.id}
            columns={columns}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => pageHref('/officials', page)}
          />
        </>
      )}
    </>
  );
}
