import { type SQL, sql } from 'drizzle-orm';
import type { FilterKey, MeetingFilters } from '@/lib/filters';
import { meetings } from '../../schema';
import { liveMeeting } from '../live';
import { conditionsOf } from './conditions';

export { inList, regionCountryCodes, subtreeOf } from './values';

/**
 * The WHERE for a filter state, over `meetings` (not aliased: works in drizzle's
 * `.from(meetings)` and in raw SQL `from meetings`), for queries outside the search engine
 * (dashboards, timelines). Deleted meetings never match. `except` leaves one facet filter out,
 * for that facet's counts; `scope` adds a condition (e.g. the classifications a user may see).
 * Text that toFtsQuery finds nothing in is ignored. Same conditions as searchMeetings, in their
 * indexable form: SQLite picks where to start (planner.ts does it better for the list).
 */
export function meetingFilterWhere(filters: MeetingFilters, except?: FilterKey, scope?: SQL): SQL {
  const parts = conditionsOf(filters, { except, scope }).map((c) =>
    c.kind === 'column' ? c.drive : sql`${meetings.id} in (${c.ids})`,
  );
  return sql.join(
    [liveMeeting, ...parts].map((p) => sql`(${p})`),
    sql` and `,
  );
}
