import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { MeetingList } from '@/components/meeting-list';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import { listMeetingsOfTopic } from '@/db/queries/meeting-lists';
import { getTopicBySlug } from '@/db/queries/topics';
import { pageHref, parsePage } from '../../_components/params';

export const dynamic = 'force-dynamic';

interface TopicPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadTopic = cache(async (rawSlug: string) => {
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return null;
  }
  if (!/^[\p{L}\p{N}-]{1,100}$/u.test(slug)) return null;
  return getTopicBySlug(await getDb(), slug);
});

export async function generateMetadata({ params }: TopicPageProps): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return { title: topic?.name ?? 'Topic not found' };
}

export default async function TopicPage({ params, searchParams }: TopicPageProps) {
  const topic = await loadTopic((await params).slug);
  if (!topic) notFound();
  const viewer = await pageViewer();
  const db = await getDb();
  const meetings = await listMeetingsOfTopic(db, viewer, topic.id, {
    page: parsePage((await searchParams).page),
  });
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/topics" className="link">
              Topics
            </Link>
            {topic.parent ? (
              <>
                {' / '}
                <Link href={`/topics/${topic.parent.slug}`} className="link">
                  {topic.parent.name}
                </Link>
              </>
            ) : null}
          </>
        }
        title={topic.name}
        description={topic.description ?? undefined}
      />
      {topic.children.length ? (
        <Section id="sub-topics" title="Sub-topics">
          <ul className="flex flex-wrap gap-2">
            {topic.children.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/topics/${c.slug}`}
                  className="inline-block rounded-full border border-blue-200 bg-blue-50 px-3 py-1 text-sm text-blue-900 hover:bg-blue-100"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section
        id="meetings"
        title="Meetings"
        aside={`${meetings.total.toLocaleString('en')} ${meetings.total === 1 ? 'meeting' : 'meetings'}${topic.children.length ? ', sub-topics included' : ''}`}
      >
        {meetings.total ? (
          <>
            <MeetingList
              meetings={meetings.meetings}
              caption={`Meetings on ${topic.name}, page ${meetings.page} of ${meetings.pageCount}`}
            />
            <Pagination
              page={meetings.page}
              pageCount={meetings.pageCount}
              href={(page) => pageHref(`/topics/${topic.slug}`, page)}
            />
          </>
        ) : (
          <p className="text-slate-600">No meetings recorded on this topic.</p>
        )}
      </Section>
    </>
  );
}
