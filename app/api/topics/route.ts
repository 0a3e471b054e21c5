import { z } from 'zod';
import { getDb } from '@/db';
import { searchTopics } from '@/db/queries/topics';
import { createTopic } from '@/db/writes/topics';
import { limitParam, qParam, queryOf, readRoute, writeRoute } from '@/lib/api';
import { topicInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z.object({ q: qParam(120), limit: limitParam });

/** GET /api/topics?q=&limit= — type-ahead over topic names. */
export async function GET(request: Request) {
  return readRoute(queryOf(request), query, async ({ q, limit }) => ({
    topics: q ? await searchTopics(await getDb(), q, limit) : [],
  }));
}

/** POST /api/topics — creates a topic; a name already taken is a 400 on `name`. */
export async function POST(request: Request) {
  return writeRoute(request, topicInput, async (data) => createTopic(await getDb(), data), 201);
}
