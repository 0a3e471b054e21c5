import type { Viewer } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { tallyMeetings } from '../aggregates';
import { searchMeetings } from '../meeting-search';
import { meetingsPerPeriod, type PeriodUnit } from '../periods';
import { topicSlugs } from '../topics';
import { meetingSpan } from './places';
import { familyOf } from './trees';

/** Months for a short span (up to two years), else years. */
function trendUnit(span: { from: string; to: string }): PeriodUnit {
  const months =
    (Number(span.to.slice(0, 4)) - Number(span.from.slice(0, 4))) * 12 +
    Number(span.to.slice(5, 7)) -
    Number(span.from.slice(5, 7));
  return months < 24 ? 'month' : 'year';
}

/**
 * What a topic's page shows for the meetings `filters` select (the topic and its sub-topics,
 * within the page's date range): a page of them, the trend per month or year, who discusses it
 * most, countries, its sub-topics' counts, and the other topics raised at the same meetings.
 */
export async function topicProfile(
  db: DbOrTx,
  viewer: Viewer,
  topicId: number,
  filters: MeetingFilters,
  { page }: { page?: number } = {},
) {
  const family = await familyOf(db, 'topics', topicId);
  const [meetings, officials, countries, topics, span] = await Promise.all([
    searchMeetings(db, viewer, filters, { page, limit: 20 }),
    tallyMeetings(db, viewer, filters, 'official', { limit: 10 }),
    tallyMeetings(db, viewer, filters, 'country', { limit: 10 }),
    tallyMeetings(db, viewer, filters, 'topic', { exclude: [topicId, ...family.ancestors] }),
    meetingSpan(db, viewer, filters),
  ]);
  const unit = span ? trendUnit(span) : 'year';
  const [trend, slugs] = await Promise.all([
    span ? meetingsPerPeriod(db, viewer, filters, unit, span) : [],
    topicSlugs(
      db,
      topics.map((t) => Number(t.value)),
    ),
  ]);
  const withSlug = topics.map((t) => ({ ...t, slug: slugs.get(Number(t.value)) ?? null }));
  const under = new Set(family.descendants.map(String));
  return {
    meetings,
    officials,
    countries,
    subTopics: withSlug.filter((t) => under.has(t.value)),
    related: withSlug.filter((t) => !under.has(t.value)).slice(0, 10),
    trend,
    unit,
  };
}

export type TopicProfile = Awaited<ReturnType<typeof topicProfile>>;
