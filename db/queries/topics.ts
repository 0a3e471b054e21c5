import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/auth/roles';
import { visibleMeetingAs } from './visibility';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../client';
import { topics } from '../schema';
import { containsWord } from './sql';

/** Topics whose name contains every word of `query` (case and accents ignored). */
export async function searchTopics(db: DbOrTx, query: string, limit = 10) {
  const words = foldText(query).split(' ').filter(Boolean);
  return db
    .select({ id: topics.id, name: topics.name, slug: topics.slug })
    .from(topics)
    .where(
      and(
        isNull(topics.deletedAt),
        ...words.map((w) => containsWord(topics.slug, w.replace(/ /g, '-'))),
      ),
    )
    .orderBy(asc(topics.name))
    .limit(limit);
}

export interface TopicTreeNode {
  id: number;
  name: string;
  slug: string;
  parentId: number | null;
  /** Live meetings on this topic or any topic under it. */
  meetingCount: number;
  children: TopicTreeNode[];
}

/**
 * Every live topic as a tree (roots and children by name), each with the number of live
 * meetings on it or its sub-topics. A topic whose parent is deleted becomes a root.
 */
export async function listTopicTree(db: DbOrTx, viewer: Viewer): Promise<TopicTreeNode[]> {
  const rows = await db
    .select({ id: topics.id, name: topics.name, slug: topics.slug, parentId: topics.parentId })
    .from(topics)
    .where(isNull(topics.deletedAt))
    .orderBy(asc(topics.name), asc(topics.id));
  const counts = await db.all<{ root: number; n: number }>(sql`
    with recursive tree(root, id) as (
      select id, id from topics where deleted_at is null
      union
      select tree.root, t.id from topics t join tree on t.parent_id = tree.id
      where t.deleted_at is null
    )
    select tree.root as root, count(distinct mt.meeting_id) as n
    from tree
    join meeting_topics mt on mt.topic_id = tree.id
    join meetings m on m.id = mt.meeting_id and ${visibleMeetingAs(viewer, 'm')}
    group by tree.root`);
  const countOf = new Map(counts.map((c) => [c.root, c.n]));
  const nodes = new Map<number, TopicTreeNode>(
    rows.map((r) => [r.id, { ...r, meetingCount: countOf.get(r.id) ?? 0, children: [] }]),
  );
  const roots: TopicTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId !== null ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** A live topic by slug, with its parent and direct sub-topics, or null. */
export async function getTopicBySlug(db: DbOrTx, slug: string) {
  const [topic] = await db
    .select()
    .from(topics)
    .where(and(eq(topics.slug, slug), isNull(topics.deletedAt)));
  if (!topic) return null;
  const [parent] = topic.parentId
    ? await db
        .select({ id: topics.id, name: topics.name, slug: topics.slug })
        .from(topics)
        .where(and(eq(topics.id, topic.parentId), isNull(topics.deletedAt)))
    : [];
  const children = await db
    .select({ id: topics.id, name: topics.name, slug: topics.slug })
    .from(topics)
    .where(and(eq(topics.parentId, topic.id), isNull(topics.deletedAt)))
    .orderBy(asc(topics.name));
  return { ...topic, parent: parent ?? null, children };
}

export type TopicDetail = NonNullable<Awaited<ReturnType<typeof getTopicBySlug>>>;
