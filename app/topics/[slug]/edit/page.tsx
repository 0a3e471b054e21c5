import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { DeleteRecordButton } from '@/components/entity-form/delete-record-button';
import { FormCard } from '@/components/entity-form/form-parts';
import { PageHeader } from '@/components/page-header';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/db';
import { movedTopic, ownSubtreeIds, topicForMerge } from '@/db/queries/merges';
import { getTopicBySlug } from '@/db/queries/topics';
import { deleteTopicAction } from '../../actions';
import { topicToFormState } from '../../_components/topic-form-state';
import { TopicForm } from '../../_components/topic-form';
import { topicSlugOf } from '../../_components/slug';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Edit topic' };

export default async function EditTopicPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = topicSlugOf((await params).slug);
  if (slug === null) notFound();
  const db = await getDb();
  const found = await getTopicBySlug(db, slug);
  const topic = found && (await topicForMerge(db, await pageViewer(), found.id));
  if (!topic) {
    const target = await movedTopic(db, slug);
    if (target) redirect(`${target.href}/edit`);
    notFound();
  }
  const parent = topic.parentId ? { id: topic.parentId, name: topic.parentName ?? '' } : null;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <>
            <Link href="/topics" className="link">
              Topics
            </Link>
            {' / '}
            <Link href={`/topics/${topic.slug}`} className="link">
              {topic.name}
            </Link>
          </>
        }
        title="Edit topic"
      />
      <TopicForm
        initialValues={topicToFormState(topic, parent)}
        cancelHref={`/topics/${topic.slug}`}
        topicId={topic.id}
        slug={topic.slug}
        version={topic.version}
        ownSubtree={await ownSubtreeIds(db, 'topics', topic.id)}
      />
      <div className="mt-10">
        <FormCard
          title="Duplicates and deletion"
          description="Two topics for one subject? Merge them: meetings and sub-topics move to the one you keep, and its name stays as another name."
        >
          <div className="flex flex-wrap gap-3">
            <Link href={`/topics/merge?keep=${topic.id}`} className={buttonClasses('secondary')}>
              Merge with another topic
            </Link>
            <DeleteRecordButton
              what="topic"
              id={topic.id}
              name={topic.name}
              consequence={
                topic.meetingCount
                  ? `The ${topic.meetingCount === 1 ? 'meeting' : `${topic.meetingCount} meetings`} on it or its sub-topics keep their topics. If another topic means the same, merge them instead.`
                  : 'No meeting is on it.'
              }
              action={deleteTopicAction}
              redirectTo="/topics"
              queryKey="topics"
            />
          </div>
        </FormCard>
      </div>
    </div>
  );
}
