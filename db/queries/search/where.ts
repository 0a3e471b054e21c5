import { type SQL, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import type { FilterKey, MeetingFilters } from '@/lib/filters';
import { meetings } from '../../schema';
import { liveMeeting } from '../live';
import { conditionsOf } from './conditions';

export { inList, regionCountryCodes } from './values';

/**
 * The WHERE for a filter state, over `meetings` (not aliased: works in drizzle's
 * `.from(meetings)` and in raw SQL `from meetings`), for queries outside the search engine
 * (dashboards, timelines). Deleted meetings never match, nor meetings the viewer may not see
 * (visibility.ts). `except` leaves one facet filter out, for that facet's counts.
 * Text that toFtsQuery finds nothing in is ignored. Same conditions as searchMeetings, in their
 * indexable form: SQLite picks where to start (planner.ts does it better for the list).
 */
export function meetingFilterWhere(
  viewer: Viewer,
  filters: MeetingFilters,
  except?: FilterKey,
): SQL {
  const parts = conditionsOf(filters, { viewer, except }).map((c) =>
    c.kind === 'column' ? c.drive : sql`${meetings.id} in (${c.ids})`,
  );
  return sql.join(
    [liveMeeting, ...parts].map((p) => sql`(${p})`),
    sql` and `,
  );
}
