import type { Viewer } from '@/lib/domain/viewer';
import { sql } from 'drizzle-orm';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { tallyMeetings } from '../aggregates';
import { searchMeetings } from '../meeting-search';
import { meetingsPerPeriod } from '../periods';
import { topicSlugs } from '../topics';
import { meetingSpan, placesOf } from './places';

/** The two sets a country's page shows: meetings where it was represented, or held there. */
export type CountryView = 'represented' | 'held';

/**
 * What a country's page shows for one view (`filters` = the country or heldIn filter within the
 * page's date range): a page of meetings, per year, and the tallies. Represented: partner
 * countries (all-mode: meetings with both), organizations of other countries, topics. Held
 * there: the countries represented, the cities, topics.
 */
export async function countryProfile(
  db: DbOrTx,
  viewer: Viewer,
  code: string,
  view: CountryView,
  filters: MeetingFilters,
  { page }: { page?: number } = {},
) {
  const ownOrganizations =
    view === 'represented'
      ? db
          .all<{ id: number }>(sql`select id from organizations where country_code = ${code}`)
          .map((r) => r.id)
      : [];
  const [meetings, countries, organizations, topics, places, span] = await Promise.all([
    searchMeetings(db, viewer, filters, { page, limit: 20 }),
    tallyMeetings(db, viewer, filters, 'country', {
      limit: 10,
      exclude: view === 'represented' ? [code] : [],
    }),
    tallyMeetings(db, viewer, filters, 'organization', { limit: 10, exclude: ownOrganizations }),
    tallyMeetings(db, viewer, filters, 'topic', { limit: 10 }),
    view === 'held' ? placesOf(db, viewer, filters, 1) : [],
    meetingSpan(db, viewer, filters),
  ]);
  const [years, slugs] = await Promise.all([
    span ? meetingsPerPeriod(db, viewer, filters, 'year', span) : [],
    topicSlugs(
      db,
      topics.map((t) => Number(t.value)),
    ),
  ]);
  return {
    meetings,
    countries,
    organizations,
    topics: topics.map((t) => ({ ...t, slug: slugs.get(Number(t.value)) ?? null })),
    cities: places.find((p) => p.value === code)?.cities ?? [],
    years,
  };
}

export type CountryProfile = Awaited<ReturnType<typeof countryProfile>>;
