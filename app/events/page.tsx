import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { EventDates } from '@/components/event-dates';
import { PageHeader } from '@/components/page-header';
import { CountLink } from '@/components/profile/count-link';
import { HeaderActions } from '@/components/profile/header-actions';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/server/auth/current';
import { listEvents } from '@/db/queries/events';

type Row = Awaited<ReturnType<typeof listEvents>>['events'][number];
import { countryName } from '@/lib/countries';
import { emptyFilters } from '@/lib/filters';
import { pageHref, parsePage } from '@/lib/page-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Events' };

const columns: DataTableColumn<Row>[] = [
  {
    header: 'Event',
    rowHeader: true,
    cell: (e) => (
      <Link href={`/events/${e.id}`} className="link">
        {e.name}
      </Link>
    ),
  },
  {
    header: 'Dates',
    className: 'md:whitespace-nowrap',
    cell: (e) => <EventDates startDate={e.startDate} endDate={e.endDate} short />,
  },
  {
    header: 'Place',
    cell: (e) => [e.city, countryName(e.countryCode)].filter(Boolean).join(', ') || '—',
  },
  {
    header: 'Organizer',
    cell: (e) =>
      e.organizerId ? (
        <Link href={`/organizations/${e.organizerId}`} className="link">
          {e.organizerAcronym || e.organizerName}
        </Link>
      ) : (
        '—'
      ),
  },
  {
    header: 'Meetings',
    numeric: true,
    cell: (e) =>
      e.meetingCount ? (
        <CountLink
          compact
          count={e.meetingCount}
          filters={{ ...emptyFilters, event: [e.id] }}
          context={`at ${e.name}`}
        />
      ) : (
        0
      ),
  },
];

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await pageViewer();
  const db = await getDb();
  const result = await listEvents(db, viewer, { page: parsePage((await searchParams).page) });
  return (
    <>
      <PageHeader
        title="Events"
        description={`${result.total.toLocaleString('en')} ${result.total === 1 ? 'event' : 'events'}, most recent first`}
        actions={
          <HeaderActions actions={[{ href: '/events/new', label: 'New event', primary: true }]} />
        }
      />
      {result.total === 0 ? (
        <EmptyState>
          No events are on record yet. An event groups the meetings held on its sidelines.
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={`Events, page ${result.page} of ${result.pageCount}`}
            rows={result.events}
            rowKey={(e) => e.id}
            columns={columns}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => pageHref('/events', page)}
          />
        </>
      )}
    </>
  );
}
