import Link from 'next/link';
import { Section } from '@/components/section';
import { formatDay } from '@/lib/dates';
import { type DashboardState, dashboardHref } from './dashboard-url';
import { FollowUpList } from './follow-up-list';
import { DUE_SOON_DAYS, type DashboardData } from './load';

export interface FollowUpsSectionProps {
  state: DashboardState;
  data: DashboardData;
  today: string;
}

/**
 * The open follow-ups of the period's meetings (those the key figure counts): overdue and due
 * within DUE_SOON_DAYS first, or every one on request.
 */
export function FollowUpsSection({ state, data, today }: FollowUpsSectionProps) {
  const { openFollowUps: open, overdueFollowUps: overdue } = data.figures.current;
  const { dueSoon, items } = data.followUps;
  const toggle = state.allFollowUps
    ? {
        href: dashboardHref({ ...state, allFollowUps: false }, '#follow-ups'),
        text: 'Only overdue and due soon',
      }
    : {
        href: dashboardHref({ ...state, allFollowUps: true }, '#follow-ups'),
        text: `All ${open.toLocaleString('en')} open`,
      };
  return (
    <Section
      id="follow-ups"
      title="Follow-ups due"
      aside={
        open ? (
          <Link href={toggle.href} scroll={false} className="link">
            {toggle.text}
          </Link>
        ) : undefined
      }
    >
      <p className="mb-2 text-sm text-slate-700">
        {open
          ? `${overdue.toLocaleString('en')} overdue and ${(dueSoon - overdue).toLocaleString('en')} due by ${formatDay(data.dueBy)}, of ${open.toLocaleString('en')} open from these meetings.`
          : 'No open follow-ups from these meetings.'}
      </p>
      {items.length ? (
        <FollowUpList items={items} today={today} dueBy={data.dueBy} />
      ) : open ? (
        <p className="text-sm text-slate-600">None due in the next {DUE_SOON_DAYS} days.</p>
      ) : null}
      {state.allFollowUps && open > items.length ? (
        <p className="mt-2 text-sm text-slate-600">The first {items.length} by due date.</p>
      ) : null}
    </Section>
  );
}
