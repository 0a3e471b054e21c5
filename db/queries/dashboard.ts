import {
  and,
  asc,
  count,
  countDistinct,
  desc,
  eq,
  gte,
  isNotNull,
  isNull,
  lte,
  sql,
} from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { followUps, meetings, officials, organizations, participants } from '../schema';
import type { Viewer } from '@/lib/auth/roles';
import { visibleMeeting } from './visibility';
import { withParticipants } from './meetings';

export interface DashboardCounts {
  /** Meetings with status "held" that started in [since, today]. */
  meetingsHeld: number;
  officials: number;
  organizations: number;
  /** Countries some participant of a live meeting represented. */
  countriesRepresented: number;
  /** Open follow-ups of live meetings, and how many of them are past their due date. */
  openFollowUps: number;
  overdueFollowUps: number;
}

/** The dashboard's headline figures. `since` and `today` are ISO days. */
export async function getDashboardCounts(
  db: DbOrTx,
  viewer: Viewer,
  { since, today }: { since: string; today: string },
): Promise<DashboardCounts> {
  const [held] = await db
    .select({ n: count() })
    .from(meetings)
    .where(
      and(
        visibleMeeting(viewer),
        eq(meetings.status, 'held'),
        gte(meetings.startDate, since),
        lte(meetings.startDate, today),
      ),
    );
  const [people] = await db
    .select({ n: count() })
    .from(officials)
    .where(isNull(officials.deletedAt));
  const [orgs] = await db
    .select({ n: count() })
    .from(organizations)
    .where(isNull(organizations.deletedAt));
  const [countries] = await db
    .select({ n: countDistinct(participants.countryCode) })
    .from(participants)
    .innerJoin(meetings, eq(meetings.id, participants.meetingId))
    .where(and(visibleMeeting(viewer), isNotNull(participants.countryCode)));
  const [open] = await db
    .select({
      n: count(),
      overdue: sql<number>`coalesce(sum(${followUps.dueDate} < ${today}), 0)`,
    })
    .from(followUps)
    .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
    .where(and(visibleMeeting(viewer), eq(followUps.status, 'open')));
  return {
    meetingsHeld: held?.n ?? 0,
    officials: people?.n ?? 0,
    organizations: orgs?.n ?? 0,
    countriesRepresented: countries?.n ?? 0,
    openFollowUps: open?.n ?? 0,
    overdueFollowUps: Number(open?.overdue ?? 0),
  };
}

/** Held meetings per month ("YYYY-MM") that started in [since, today], oldest month first. */
export async function countMeetingsHeldByMonth(
  db: DbOrTx,
  viewer: Viewer,
  { since, today }: { since: string; today: string },
): Promise<Array<{ month: string; meetings: number }>> {
  const month = sql<string>`substr(${meetings.startDate}, 1, 7)`;
  return db
    .select({ month, meetings: count() })
    .from(meetings)
    .where(
      and(
        visibleMeeting(viewer),
        eq(meetings.status, 'held'),
        gte(meetings.startDate, since),
        lte(meetings.startDate, today),
      ),
    )
    .groupBy(month)
    .orderBy(month);
}

const listColumns = {
  id: meetings.id,
  title: meetings.title,
  startDate: meetings.startDate,
  endDate: meetings.endDate,
  datePrecision: meetings.datePrecision,
  venue: meetings.venue,
  city: meetings.city,
  countryCode: meetings.countryCode,
  format: meetings.format,
  status: meetings.status,
};

/** The latest meetings that started on or before `today`, newest first. */
export async function listRecentMeetings(db: DbOrTx, viewer: Viewer, today: string, limit = 10) {
  const rows = await db
    .select(listColumns)
    .from(meetings)
    .where(and(visibleMeeting(viewer), lte(meetings.startDate, today)))
    .orderBy(desc(meetings.startDate), desc(meetings.id))
    .limit(limit);
  return withParticipants(db, rows);
}

/** Planned meetings that have not ended before `today`, soonest first. */
export async function listUpcomingMeetings(db: DbOrTx, viewer: Viewer, today: string, limit = 10) {
  const rows = await db
    .select(listColumns)
    .from(meetings)
    .where(
      and(visibleMeeting(viewer), eq(meetings.status, 'planned'), gte(meetings.endDate, today)),
    )
    .orderBy(asc(meetings.startDate), asc(meetings.id))
    .limit(limit);
  return withParticipants(db, rows);
}

/** Open follow-ups with a due date, most overdue first, each with its meeting. */
export async function listFollowUpsDue(db: DbOrTx, viewer: Viewer, limit = 10) {
  return db
    .select({
      id: followUps.id,
      description: followUps.description,
      owner: followUps.owner,
      dueDate: sql<string>`${followUps.dueDate}`,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
    })
    .from(followUps)
    .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
    .where(and(visibleMeeting(viewer), eq(followUps.status, 'open'), isNotNull(followUps.dueDate)))
    .orderBy(asc(followUps.dueDate), asc(followUps.id))
    .limit(limit);
}
