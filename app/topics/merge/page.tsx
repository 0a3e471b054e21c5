import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { MergeScreen } from '@/components/entity-form/merge-screen';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { topicForMerge } from '@/db/queries/merges';
import { parseId } from '@/lib/ids';
import { firstParam } from '@/lib/page-params';
import { mergeTopicsAction } from '../actions';
import { topicMergeEffects, topicMergeSide } from '../_components/topic-merge-side';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Merge topics' };

interface MergeTopicsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MergeTopicsPage({ searchParams }: MergeTopicsPageProps) {
  const params = await searchParams;
  const keepId = parseId(firstParam(params.keep) ?? '');
  const dropId = parseId(firstParam(params.drop) ?? '');
  const db = await getDb();
  const viewer = await pageViewer();
  const keep = keepId === null ? null : await topicForMerge(db, viewer, keepId);
  const drop = dropId === null ? null : await topicForMerge(db, viewer, dropId);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        eyebrow={
          <Link href="/topics" className="link">
            Topics
          </Link>
        }
        title="Merge two topics"
        description="Two topics for one subject: keep one and fold the other into it. Meetings, sub-topics and names move over; nothing is lost."
      />
      <MergeScreen
        kind="topic"
        path="/topics/merge"
        keepId={keepId}
        dropId={dropId}
        keep={keep && topicMergeSide(keep)}
        drop={drop && topicMergeSide(drop)}
        effects={keep && drop ? topicMergeEffects(keep, drop) : []}
        action={mergeTopicsAction}
        queryKeys={['topics', 'meetings']}
      />
    </div>
  );
}
