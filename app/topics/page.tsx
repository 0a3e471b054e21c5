import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { HeaderActions } from '@/components/profile/header-actions';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/server/auth/current';
import { listTopicTree, type TopicTreeNode } from '@/db/queries/topics';
import { TopicTree } from './_components/topic-tree';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Topics' };

function countNodes(nodes: TopicTreeNode[]): number {
  return nodes.reduce((n, t) => n + 1 + countNodes(t.children), 0);
}

export default async function TopicsPage() {
  const viewer = await pageViewer();
  const db = await getDb();
  const tree = await listTopicTree(db, viewer);
  const total = countNodes(tree);
  return (
    <>
      <PageHeader
        title="Topics"
        description={`${total} ${total === 1 ? 'topic' : 'topics'}; a topic’s count includes its sub-topics’ meetings`}
        actions={
          <HeaderActions actions={[{ href: '/topics/new', label: 'New topic', primary: true }]} />
        }
      />
      {total === 0 ? (
        <EmptyState>
          No topics are on record yet. They are added when a meeting is logged.
        </EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <TopicTree topics={tree} />
        </div>
      )}
    </>
  );
}
