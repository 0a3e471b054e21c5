import type { Viewer } from '@/lib/domain/viewer';
import { sql } from 'drizzle-orm';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { meetings } from '../../schema';
import { meetingFilterWhere } from '../meeting-search';
import type { ProfileFollowUp } from '@/lib/domain/profiles';
export type { ProfileFollowUp } from '@/lib/domain/profiles';

/**
 * The follow-ups of the meetings `filters` select (for a profile: the meetings the official
 * took part in): open ones first by due date (undated last), then done and dropped ones, most
 * recent meeting first. `total` counts them all.
 */
export async function followUpsOf(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  limit = 20,
): Promise<{ total: number; open: number; items: ProfileFollowUp[] }> {
  // From the set's meetings to their follow-ups by follow_ups_meeting_idx (CROSS JOIN keeps
  // that order): the other way round reads every follow-up.
  const set = sql`(select ${meetings.id} as id from ${meetings}
    where ${meetingFilterWhere(viewer, filters)}) s cross join follow_ups f on f.meeting_id = s.id`;
  const [counts] = db.all<{ total: number; open: number }>(sql`
    select count(*) as total, coalesce(sum(f.status = 'open'), 0) as open from ${set}`);
  const items = db.all<ProfileFollowUp>(sql`
    select f.id as id, f.description as description, f.owner as owner, f.due_date as dueDate,
      f.status as status, m.id as meetingId, m.title as meetingTitle,
      m.start_date as meetingDate
    from ${set} cross join meetings m on m.id = s.id
    order by f.status <> 'open',
      case when f.status = 'open' then coalesce(f.due_date, '9999') end,
      m.start_date desc, f.id
    limit ${limit}`);
  return { total: counts?.total ?? 0, open: counts?.open ?? 0, items };
}
