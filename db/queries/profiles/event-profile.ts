import type { Viewer } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { tallyMeetings } from '../aggregates';
import { searchMeetings } from '../meeting-search';
import { topicSlugs } from '../topics';

/**
 * What an event's page shows for its sideline meetings (`filters` = the event): a page of them,
 * who attended (officials by meetings there), the countries and organizations represented, and
 * the topics.
 */
export async function eventProfile(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  { page }: { page?: number } = {},
) {
  const [meetings, officials, countries, organizations, topics] = await Promise.all([
    searchMeetings(db, viewer, filters, { page, limit: 20 }),
    tallyMeetings(db, viewer, filters, 'official', { limit: 30 }),
    tallyMeetings(db, viewer, filters, 'country', { limit: 15 }),
    tallyMeetings(db, viewer, filters, 'organization', { limit: 10 }),
    tallyMeetings(db, viewer, filters, 'topic', { limit: 10 }),
  ]);
  const slugs = await topicSlugs(
    db,
    topics.map((t) => Number(t.value)),
  );
  return {
    meetings,
    officials,
    countries,
    organizations,
    topics: topics.map((t) => ({ ...t, slug: slugs.get(Number(t.value)) ?? null })),
  };
}

export type EventProfile = Awaited<ReturnType<typeof eventProfile>>;
