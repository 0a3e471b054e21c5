import type { Viewer } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { tallyMeetings } from '../aggregates';
import { searchMeetings } from '../meeting-search';
import { meetingsPerPeriod } from '../periods';
import { topicSlugs } from '../topics';
import { meetingSpan } from './places';
import { familyOf } from './trees';

/**
 * What an organization's profile shows for the meetings `filters` select (the organization and
 * those under it, within the page's date range): a page of them, per year, the countries and
 * organizations met (leaving out its own country and its own family: parents count every one
 * of its meetings, parts are itself), and topics.
 */
export async function organizationProfile(
  db: DbOrTx,
  viewer: Viewer,
  organization: { id: number; countryCode: string | null },
  filters: MeetingFilters,
  { page }: { page?: number } = {},
) {
  const family = await familyOf(db, 'organizations', organization.id);
  const ownFamily = [organization.id, ...family.ancestors, ...family.descendants];
  const [meetings, countries, organizations, topics, span] = await Promise.all([
    searchMeetings(db, viewer, filters, { page, limit: 20 }),
    tallyMeetings(db, viewer, filters, 'country', {
      limit: 10,
      exclude: organization.countryCode ? [organization.countryCode] : [],
    }),
    tallyMeetings(db, viewer, filters, 'organization', { limit: 10, exclude: ownFamily }),
    tallyMeetings(db, viewer, filters, 'topic', { limit: 10 }),
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
    years,
  };
}

export type OrganizationProfile = Awaited<ReturnType<typeof organizationProfile>>;
