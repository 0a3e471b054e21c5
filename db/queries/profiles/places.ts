import type { Viewer } from '@/lib/domain/viewer';
import { sql } from 'drizzle-orm';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { meetings } from '../../schema';
import { type Tally, tallyMeetings } from '../aggregates';
import { meetingFilterWhere } from '../meeting-search';

/** A venue country of the set, with the cities met in there. */
export interface PlaceTally extends Tally {
  /** Cities recorded for those meetings, most meetings first; no filter selects a city. */
  cities: Array<{ name: string; count: number }>;
}

/**
 * Where the meetings of `filters` took place: venue countries as `heldIn` tallies (most first),
 * each with its cities. Cities are text on the meeting, compared ignoring case.
 */
export async function placesOf(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  limit = 10,
): Promise<PlaceTally[]> {
  const countries = await tallyMeetings(db, viewer, filters, 'heldIn', { limit });
  if (!countries.length) return [];
  const rows = db.all<{ country: string; city: string; n: number }>(sql`
    select ${meetings.countryCode} as country, min(trim(${meetings.city})) as city,
      count(*) as n
    from ${meetings}
    where ${meetingFilterWhere(viewer, filters)} and ${meetings.countryCode} is not null
      and trim(coalesce(${meetings.city}, '')) <> ''
    group by ${meetings.countryCode}, lower(trim(${meetings.city}))
    order by n desc, city`);
  return countries.map((c) => ({
    ...c,
    cities: rows.filter((r) => r.country === c.value).map((r) => ({ name: r.city, count: r.n })),
  }));
}

/**
 * The first and last day of the meetings `filters` select (within its from/to, when set), or
 * null when there are none: the range a "meetings per year" chart covers.
 */
export async function meetingSpan(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
): Promise<{ from: string; to: string } | null> {
  const [row] = db.all<{ first: string | null; last: string | null }>(sql`
    select min(${meetings.startDate}) as first, max(${meetings.endDate}) as last
    from ${meetings} where ${meetingFilterWhere(viewer, filters)}`);
  if (!row?.first || !row.last) return null;
  const from = filters.from && filters.from > row.first ? filters.from : row.first;
  const to = filters.to && filters.to < row.last ? filters.to : row.last;
  return { from, to };
}
