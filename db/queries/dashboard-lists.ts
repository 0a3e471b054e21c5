/** The dashboard's lists: the meetings to come and the follow-ups due. */
import { type SQL, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import type { DaySpan } from '@/lib/periods';
import type { DbOrTx } from '../client';
import { heldMeetings } from './dashboard';
import { meetingFilterWhere, searchMeetings } from './meeting-search';
import { cached } from './search/cache';

/** The planned meetings of `filters` not over before `today`, soonest first: a page and the total. */
export async function upcomingMeetings(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  today: string,
  limit = 6,
) {
  const upcoming: MeetingFilters = {
    ...filters,
    status: ['planned'],
    from: today,
    to: undefined,
    sort: 'date_asc',
  };
  const result = await searchMeetings(db, viewer, upcoming, { limit });
  return { filters: upcoming, total: result.total, meetings: result.items };
}

export interface FollowUpItem {
  id: number;
  description: string;
  owner: string | null;
  dueDate: string | null;
  meetingId: number;
  meetingTitle: string;
}

/**
 * Open follow-ups of the held meetings of `filters` in `span` (the ones the headline figure
 * counts): those due by `dueBy` (overdue or due soon) soonest first, or every one (`all`,
 * undated last), at most `limit`.
 */
export async function openFollowUps(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  span: DaySpan,
  { dueBy, all = false, limit = 10 }: { dueBy: string; all?: boolean; limit?: number },
): Promise<{ dueSoon: number; items: FollowUpItem[] }> {
  const where = meetingFilterWhere(viewer, heldMeetings(filters, span));
  const base = sql`from meetings join follow_ups fu on fu.meeting_id = meetings.id
    where ${where} and fu.status = 'open'`;
  const soon: SQL = sql`fu.due_date <= ${dueBy}`;
  const count = sql`select count(*) as n ${base} and ${soon}`;
  const dueSoon = cached(db, count, () => db.get<{ n: number }>(count))?.n ?? 0;
  const list = sql`select fu.id as id, fu.description as description,
      fu.owner as owner, fu.due_date as dueDate, meetings.id as meetingId,
      meetings.title as meetingTitle
    ${base} ${all ? sql`` : sql`and ${soon}`}
    order by fu.due_date is null, fu.due_date, fu.id limit ${limit}`;
  const items = cached(db, list, () => db.all<FollowUpItem>(list));
  return { dueSoon, items };
}
