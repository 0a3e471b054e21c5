import { addMonths, format, parseISO, subMonths } from 'date-fns';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CompactMeetingList } from '@/components/compact-meeting-list';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Section } from '@/components/section';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import {
  earliestMeetingStartFrom,
  latestMeetingStartBefore,
  listMeetingsStartingBetween,
} from '@/db/queries/meeting-lists';
import { isIsoMonth } from '@/lib/dates';
import { firstParam } from '../_components/params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline' };

// About 150 meetings a page with the demo data (~50 a month): one screenful of months per page.
const WINDOW_MONTHS = 3;
const monthName = (month: string) => format(parseISO(`${month}-01`), 'MMMM yyyy');

export default async function TimelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = firstParam((await searchParams).before);
  const before = raw && isIsoMonth(raw) ? raw : null;
  const viewer = await pageViewer();
  const db = await getDb();
  // The window ends at the newest month with a meeting before `before`, so no page is empty.
  const anchor = await latestMeetingStartBefore(db, viewer, before ? `${before}-01` : null);
  if (!anchor) {
    return (
      <>
        <PageHeader title="Timeline" description="Meetings month by month, newest first" />
        <EmptyState
          action={
            <Link
              href={before ? '/timeline' : '/meetings/new'}
              className={buttonClasses('primary')}
            >
              {before ? 'Latest months' : 'Log a meeting'}
            </Link>
          }
        >
          {before
            ? `No meetings were recorded before ${monthName(before)}.`
            : 'No meetings have been recorded yet.'}
        </EmptyState>
      </>
    );
  }
  const lastMonth = parseISO(`${anchor.slice(0, 7)}-01`);
  const from = format(subMonths(lastMonth, WINDOW_MONTHS - 1), 'yyyy-MM-dd');
  const to = format(addMonths(lastMonth, 1), 'yyyy-MM-dd');
  const [rows, earlier, next, newest] = await Promise.all([
    listMeetingsStartingBetween(db, viewer, from, to),
    latestMeetingStartBefore(db, viewer, from),
    earliestMeetingStartFrom(db, viewer, to),
    latestMeetingStartBefore(db, viewer, null),
  ]);
  const months = new Map<string, typeof rows>();
  for (const row of rows) {
    const month = row.startDate.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), row]);
  }
  // The next newer page is the window that ends WINDOW_MONTHS after the first month with a
  // newer meeting, so it starts at or before that month: no month is skipped.
  const newerBefore = next
    ? format(addMonths(parseISO(`${next.slice(0, 7)}-01`), WINDOW_MONTHS), 'yyyy-MM')
    : null;
  const newerHref = !newerBefore
    ? null
    : newest && newerBefore > newest.slice(0, 7)
      ? '/timeline'
      : `/timeline?before=${newerBefore}`;
  return (
    <>
      <PageHeader
        title="Timeline"
        description={`${rows.length.toLocaleString('en')} ${rows.length === 1 ? 'meeting' : 'meetings'} from ${monthName(from.slice(0, 7))} to ${monthName(anchor.slice(0, 7))}, newest first`}
      />
      {[...months.entries()].map(([month, meetings]) => (
        <Section
          key={month}
          id={`month-${month}`}
          title={monthName(month)}
          aside={`${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}`}
        >
          <CompactMeetingList meetings={meetings} label={`Meetings in ${monthName(month)}`} />
        </Section>
      ))}
      <nav aria-label="Timeline pages" className="mt-8 flex flex-wrap justify-between gap-3">
        {newerHref ? (
          <Link href={newerHref} className={buttonClasses('secondary')}>
            <span aria-hidden="true">←</span> Newer months
          </Link>
        ) : (
          <span />
        )}
        {earlier ? (
          <Link
            href={`/timeline?before=${from.slice(0, 7)}`}
            className={buttonClasses('secondary')}
          >
            Earlier <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </nav>
    </>
  );
}
