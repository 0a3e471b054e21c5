import 'server-only';
import { addDays, format, parseISO } from 'date-fns';
import type { DbOrTx } from '@/db/client';
import type { Viewer } from '@/lib/domain/viewer';
import {
  counterparts,
  filterValueLabels,
  firstMeetingYear,
  heldMeetings,
  periodFigures,
  topicTrends,
} from '@/db/queries/dashboard';
import { openFollowUps, upcomingMeetings } from '@/db/queries/dashboard-lists';
import { meetingsPerPeriod } from '@/db/queries/periods';
import { chartUnit } from '@/lib/periods';
import { dashboardFilterKeys, type DashboardState } from './dashboard-url';

/** Follow-ups due within this many days count as "due soon". */
export const DUE_SOON_DAYS = 30;

/**
 * Everything the dashboard shows for a state, read in one place so that every widget counts
 * over the same sets: the held meetings of the filters in the period (and in the previous
 * period, for the changes), planned meetings from today on, and the period's open follow-ups.
 */
export async function loadDashboard(
  db: DbOrTx,
  viewer: Viewer,
  state: DashboardState,
  today: string,
) {
  const { period, filters, split } = state;
  const unit = chartUnit(period);
  const dueBy = format(addDays(parseISO(today), DUE_SOON_DAYS), 'yyyy-MM-dd');
  const [current, previous, chart, countries, organizations, topics, upcoming, followUps] =
    await Promise.all([
      periodFigures(db, viewer, filters, period, today),
      periodFigures(db, viewer, filters, period.previous, today),
      meetingsPerPeriod(db, viewer, heldMeetings(filters, period), unit, period, split),
      counterparts(db, viewer, filters, period, 'country'),
      counterparts(db, viewer, filters, period, 'organization', 10),
      topicTrends(db, viewer, filters, { current: period, previous: period.previous }, unit),
      upcomingMeetings(db, viewer, filters, today),
      openFollowUps(db, viewer, filters, period, {
        dueBy,
        all: state.allFollowUps,
        limit: state.allFollowUps ? 200 : 10,
      }),
    ]);
  return {
    unit,
    dueBy,
    figures: { current, previous },
    chart,
    countries,
    organizations,
    topics,
    upcoming,
    followUps,
    labels: await filterValueLabels(db, filters, dashboardFilterKeys),
    firstYear: (await firstMeetingYear(db, viewer)) ?? Number(today.slice(0, 4)),
  };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
