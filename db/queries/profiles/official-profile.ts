import type { Viewer } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { tallyMeetings } from '../aggregates';
import { searchMeetings } from '../meeting-search';
import { meetingsPerPeriod } from '../periods';
import { topicSlugs } from '../topics';
import { egoNetwork } from './ego-network';
import { followUpsOf } from './follow-ups';
import { meetingSpan, placesOf } from './places';

/**
 * Everything an official's profile shows besides the record itself, for the meetings `filters`
 * select (the official within the page's date range): a page of those meetings, per year, top
 * counterparts with their links among themselves, topics, places, events and follow-ups.
 */
export async function officialProfile(
  db: DbOrTx,
  viewer: Viewer,
  official: { id: number; displayName: string },
  filters: MeetingFilters,
  { page }: { page?: number } = {},
) {
  const [meetings, network, topics, places, events, followUps, span] = await Promise.all([
    searchMeetings(db, viewer, filters, { page, limit: 20 }),
    egoNetwork(db, viewer, official.id, official.displayName, filters, 12),
    tallyMeetings(db, viewer, filters, 'topic', { limit: 10 }),
    placesOf(db, viewer, filters, 10),
    tallyMeetings(db, viewer, filters, 'event', { limit: 10 }),
    followUpsOf(db, viewer, filters, 20),
    meetingSpan(db, viewer, filters),
  ]);
  const years = span ? await meetingsPerPeriod(db, viewer, filters, 'year', span) : [];
  const slugs = await topicSlugs(
    db,
    topics.map((t) => Number(t.value)),
  );
  return {
    meetings,
    network,
    topics: topics.map((t) => ({ ...t, slug: slugs.get(Number(t.value)) ?? null })),
    places,
    events,
    followUps,
    years,
  };
}

export type OfficialProfile = Awaited<ReturnType<typeof officialProfile>>;
