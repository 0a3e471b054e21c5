import type { Viewer } from '@/lib/domain/viewer';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { emptyFilters } from '@/lib/filters';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../client';
import { topics } from '../schema';
import { tallyMeetings } from './aggregates';
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
  // The topic tally counts a meeting for its topics and every topic above them: the filter's
  // meaning, so each count opens exactly those meetings.
  const counts = await tallyMeetings(db, viewer, emptyFilters, 'topic');
  const countOf = new Map(counts.map((c) => [Number(c.value), c.count]));
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

/** The slugs of these topics (their pages' addresses), by id. */
export async function topicSlugs(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: topics.id, slug: topics.slug })
    .from(topics)
    .where(inArray(topics.id, ids));
  return new Map(rows.map((r) => [r.id, r.slug]));
}
