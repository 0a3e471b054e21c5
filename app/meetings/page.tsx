import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { MeetingList } from '@/components/meeting-list';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/db';
import { listMeetings } from '@/db/queries/meetings';
import { pageHref, parsePage } from '../_components/params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Meetings' };

export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const db = await getDb();
  const result = await listMeetings(db, { page: parsePage((await searchParams).page) ?? 1 });
  const logLink = (
    <Link href="/meetings/new" className={buttonClasses('primary')}>
      Log a meeting
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Meetings"
        description={
          <>
            {result.total.toLocaleString('en')} {result.total === 1 ? 'meeting' : 'meetings'},
            newest first
          </>
        }
      />
      {result.total === 0 ? (
        <EmptyState action={logLink}>
          No meetings have been recorded yet. Log the first one from your notes or a press release.
        </EmptyState>
      ) : (
        <>
          <MeetingList
            meetings={result.meetings}
            caption={`Meetings, page ${result.page} of ${result.pageCount}`}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => pageHref('/meetings', page)}
          />
        </>
      )}
    </>
  );
}
