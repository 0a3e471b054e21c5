import { and, asc, isNull } from 'drizzle-orm';
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
