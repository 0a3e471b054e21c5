import { z } from 'zod';
import { getDb } from '@/db';
import { listTopicsPage } from '@/db/queries/api/topics';
import { searchTopics } from '@/db/queries/topics';
import { createTopic } from '@/db/writes/topics';
import { readRoute, writeRoute } from '@/lib/server/routes';
import { cursorParam, listLimitParam, qParam, searchListRules } from '@/lib/server/params';
import { topicInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z
  .object({
    q: qParam(120),
    limit: listLimitParam().optional(),
    cursor: cursorParam,
  })
  .superRefine(searchListRules);

/**
 * GET /api/topics?q=&limit= — type-ahead over topic names. Without `q`: every topic by name, a
 * keyset page (`cursor`, `limit`).
 */
export async function GET(request: Request) {
  return readRoute(request, { query: query }, async ({ query: { q, limit, cursor } }) => {
    const db = await getDb();
    if (q) return { topics: await searchTopics(db, q, limit ?? 10), nextCursor: null };
    return listTopicsPage(db, { limit: limit ?? 50, cursor });
  });
}

/** POST /api/topics — creates a topic; a name already taken is a 400 on `name`. */
export async function POST(request: Request) {
  return writeRoute(request, { body: topicInput, status: 201 }, async ({ data, actor }) =>
    createTopic(await getDb(), data, actor),
  );
}
