import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, seesRestricted } from '@/lib/domain/viewer';
import { meetings } from '../schema';
import { liveMeeting } from './live';

export type { Viewer } from '@/lib/domain/viewer';

/**
 * The classifications a reader who may not see restricted meetings sees, as an IN list rather
 * than `<> 'restricted'`, so that meetings_classification_idx can serve it.
 */
const openClassifications = sql`('public', 'internal')`;

/**
 * The classifications this viewer may not see, for the search's in-memory index, which tests
 * them as it tests the filters.
 */
export function hiddenClassifications(viewer: Viewer): Array<'restricted'> {
  return seesRestricted(viewer) ? [] : ['restricted'];
}

/**
 * The condition a meeting's classification column must meet for this viewer, or null when the
 * viewer sees every classification. `column` is the column as the query names it (`m.
 * classification` in raw SQL with an alias). The ONE place that decides who sees what.
 */
export function classificationScope(
  viewer: Viewer,
  column: SQL = sql`${meetings.classification}`,
): SQL | null {
  return seesRestricted(viewer) ? null : sql`${column} in ${openClassifications}`;
}

/**
 * Live and visible to the viewer, over `meetings` (not aliased): for drizzle queries outside the
 * search engine that list meetings (recent, upcoming, timelines, profiles).
 */
export function visibleMeeting(viewer: Viewer): SQL {
  const scope = classificationScope(viewer, sql`+${meetings.classification}`);
  return scope ? sql`${liveMeeting} and ${scope}` : liveMeeting;
}

/**
 * The same test on a meetings table named `alias` in raw SQL (`m`), for counts reached from
 * participants or topics: `+` keeps SQLite on the index it came by rather than starting from
 * meetings_deleted_idx or meetings_classification_idx, which select nearly every meeting.
 */
export function visibleMeetingAs(viewer: Viewer, alias: string): SQL {
  const a = sql.raw(alias);
  const scope = classificationScope(viewer, sql`+${a}.classification`);
  return scope ? sql`+${a}.deleted_at is null and ${scope}` : sql`+${a}.deleted_at is null`;
}
