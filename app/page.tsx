import { addMonths, format, parseISO, startOfMonth, subMonths } from 'date-fns';
import Link from 'next/link';
import { CompactMeetingList } from '@/components/compact-meeting-list';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Section } from '@/components/section';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import {
  countMeetingsHeldByMonth,
  getDashboardCounts,
  listFollowUpsDue,
  listRecentMeetings,
  listUpcomingMeetings,
} from '@/db/queries/dashboard';
import { formatDay } from '@/lib/dates';
import { DashboardStats } from './_components/dashboard-stats';
import { FollowUpsDue } from './_components/follow-ups-due';
import { MonthBars } from './_components/month-bars';
import { todayIso } from './_components/params';

export const dynamic = 'force-dynamic';

/** Every month from `since` to `today`, with zero for months without meetings. */
function fillMonths(
  since: string,
  today: string,
  counts: Array<{ month: string; meetings: number }>,
) {
  const byMonth = new Map(counts.map((c) => [c.month, c.meetings]));
  const months: Array<{ month: string; meetings: number }> = [];
  for (let d = parseISO(since); format(d, 'yyyy-MM') <= today.slice(0, 7); d = addMonths(d, 1)) {
    const month = format(d, 'yyyy-MM');
    months.push({ month, meetings: byMonth.get(month) ?? 0 });
  }
  return months;
}

export default async function DashboardPage() {
  const viewer = await pageViewer();
  const db = await getDb();
  const today = todayIso();
  // The 12 calendar months up to today, so the monthly bars add up to the headline figure.
  const since = format(startOfMonth(subMonths(parseISO(today), 11)), 'yyyy-MM-dd');
  const [counts, perMonth, recent, upcoming, due] = await Promise.all([
    getDashboardCounts(db, viewer, { since, today }),
    countMeetingsHeldByMonth(db, viewer, { since, today }),
    listRecentMeetings(db, viewer, today, 10),
    listUpcomingMeetings(db, viewer, today, 10),
    listFollowUpsDue(db, viewer, 10),
  ]);
  return (
    <>
      <PageHeader title="Dashboard" description={`Activity on record as of ${formatDay(today)}`} />
      <DashboardStats counts={counts} since={since} />
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <div className="min-w-0">
          <Section
            id="recent-meetings"
            title="Most recent meetings"
            aside={
              <Link href="/meetings" className="link">
                All meetings
              </Link>
            }
          >
            {recent.length ? (
              <CompactMeetingList meetings={recent} label="Most recent meetings" />
            ) : (
              <EmptyState
                action={
                  <Link href="/meetings/new" className={buttonClasses('primary')}>
                    Log a meeting
                  </Link>
                }
              >
                No meetings have been recorded yet.
              </EmptyState>
            )}
          </Section>
          <Section id="upcoming-meetings" title="Upcoming planned meetings">
            {upcoming.length ? (
              <CompactMeetingList meetings={upcoming} label="Upcoming planned meetings" />
            ) : (
              <p className="text-slate-600">No planned meetings ahead.</p>
            )}
          </Section>
        </div>
        <div className="min-w-0">
          <Section
            id="meetings-per-month"
            title="Meetings held per month"
            aside={`${counts.meetingsHeld.toLocaleString('en')} in 12 months`}
          >
            <MonthBars
              months={fillMonths(since, today, perMonth)}
              label="Meetings held per month, last 12 months"
            />
          </Section>
          <Section
            id="follow-ups-due"
            title="Follow-ups due"
            aside={
              counts.openFollowUps
                ? `${due.length} of ${counts.openFollowUps.toLocaleString('en')} open, soonest due first`
                : undefined
            }
          >
            {due.length ? (
              <FollowUpsDue followUps={due} today={today} />
            ) : (
              <p className="text-slate-600">No open follow-ups with a due date.</p>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
