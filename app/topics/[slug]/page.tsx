import { HistoryPanel } from '@/components/history-panel';
import { listHistory } from '@/db/queries/audit';
import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { PageHeader } from '@/components/page-header';
import { CountLink } from '@/components/profile/count-link';
import { HeaderActions } from '@/components/profile/header-actions';
import { ProfileMeetings } from '@/components/profile/profile-meetings';
import { RangeForm, rangeLabel } from '@/components/profile/range-form';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { topicProfile } from '@/db/queries/profiles/topic-profile';
import { topicAncestors } from '@/db/queries/profiles/trees';
import { movedTopic } from '@/db/queries/merges';
import { getTopicBySlug } from '@/db/queries/topics';
import { pageHref, parsePage, searchOf } from '@/lib/page-params';
import { profileFilters, rangeQuery, readProfileRange } from '@/lib/profile-range';
import { topicSlugOf } from '../_components/slug';
import { TopicActivity } from '../_components/topic-activity';

export const dynamic = 'force-dynamic';

interface TopicPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadTopic = cache(async (rawSlug: string) => {
  const slug = topicSlugOf(rawSlug);
  return slug === null ? null : getTopicBySlug(await getDb(), slug);
});

export async function generateMetadata({ params }: TopicPageProps): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return { title: topic?.name ?? 'Topic not found' };
}

export default async function TopicPage({ params, searchParams }: TopicPageProps) {
  const rawSlug = (await params).slug;
  const topic = await loadTopic(rawSlug);
  const query = await searchParams;
  if (!topic) {
    // An address from before a rename or a merge leads to the topic's page now.
    const slug = topicSlugOf(rawSlug);
    const target = slug === null ? null : await movedTopic(await getDb(), slug);
    if (target) redirect(`${target.href}${searchOf(query)}`);
    notFound();
  }
  const range = readProfileRange(query);
  const filters = profileFilters({ topic: [topic.id] }, range);
  const db = await getDb();
  const viewer = await pageViewer();
  const [profile, ancestors] = await Promise.all([
    topicProfile(db, viewer, topic.id, filters, { page: parsePage(query.page) }),
    topicAncestors(db, topic.id),
  ]);
  const path = `/topics/${topic.slug}`;
  const keep = Object.fromEntries(rangeQuery(range));
  const sub = new Map(profile.subTopics.map((t) => [t.value, t]));
  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label="Topic hierarchy">
            <Link href="/topics" className="link">
              Topics
            </Link>
            {ancestors.map((a) => (
              <span key={a.id}>
                {' / '}
                <Link href={`/topics/${a.slug}`} className="link">
                  {a.name}
                </Link>
              </span>
            ))}
          </nav>
        }
        title={topic.name}
        description={topic.description ?? undefined}
        actions={
          <HeaderActions
            actions={[
              { href: `/topics/${topic.slug}/edit`, label: 'Edit' },
              { href: `/topics/merge?keep=${topic.id}`, label: 'Merge a duplicate' },
            ]}
          />
        }
      />
      <Section id="activity" title="Activity" aside={rangeLabel(range)}>
        <RangeForm action={path} range={range} filters={filters} />
      </Section>
      {topic.children.length ? (
        <Section id="sub-topics" title="Sub-topics" aside="Their meetings count here too">
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {topic.children.map((c) => {
              const tally = sub.get(String(c.id));
              return (
                <li key={c.id} className="flex justify-between gap-3 px-4 py-2.5 text-sm">
                  <Link href={`/topics/${c.slug}`} className="link font-medium">
                    {c.name}
                  </Link>
                  {tally ? (
                    <CountLink
                      count={tally.count}
                      filters={tally.filters}
                      context={`on ${c.name}`}
                    />
                  ) : (
                    <span className="text-slate-600">No meetings</span>
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}
      <TopicActivity name={topic.name} profile={profile} />
      <ProfileMeetings
        title="Meetings"
        result={profile.meetings}
        filters={filters}
        caption={`Meetings on ${topic.name}`}
        note={topic.children.length ? ', sub-topics included' : undefined}
        pageHref={(page) => pageHref(path, page, 'page', keep)}
        empty="No meetings recorded on this topic."
      />
      <HistoryPanel entries={await listHistory(await getDb(), 'topic', topic.id)} />
    </>
  );
}
