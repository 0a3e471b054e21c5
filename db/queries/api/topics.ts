import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client';
import { topics } from '../../schema';
import { getTopicBySlug } from '../topics';
import { type KeysetOrder, afterCursor, orderTerms, toKeysetPage } from './keyset';

/** The public list's order: by name, then id. */
export const topicOrder: KeysetOrder = { columns: [topics.name, topics.id], direction: 'asc' };

/** One keyset page of live topics by name, for the public read API. */
export async function listTopicsPage(
  db: DbOrTx,
  { limit, cursor }: { limit: number; cursor?: string | null },
) {
  const rows = await db
    .select({
      id: topics.id,
      name: topics.name,
      slug: topics.slug,
      parentId: topics.parentId,
      description: topics.description,
    })
    .from(topics)
    .where(and(isNull(topics.deletedAt), afterCursor(topicOrder, cursor)))
    .orderBy(...orderTerms(topicOrder))
    .limit(limit + 1);
  const page = toKeysetPage(rows, limit, (r) => [r.name, r.id]);
  return { topics: page.items, nextCursor: page.nextCursor };
}

/** A live topic by id, with its parent and direct sub-topics; null if none. */
export async function getTopicById(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ slug: topics.slug })
    .from(topics)
    .where(and(eq(topics.id, id), isNull(topics.deletedAt)));
  const topic = row ? await getTopicBySlug(db, row.slug) : null;
  if (!topic) return null;
  const { mergedIntoId: _mergedIntoId, ...rest } = topic;
  return rest;
}
