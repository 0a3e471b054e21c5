import { z } from 'zod';
import { getDb } from '@/db';
import { searchTopics } from '@/db/queries/topics';
import { createTopic } from '@/db/writes/topics';
import { resultResponse, runWrite } from '@/lib/server-action';
import { fieldErrorsOf } from '@/lib/validation/common';
import { topicInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const searchParams = z.object({
  q: z.string().trim().max(120, 'q is too long (at most 120 characters).').default(''),
  limit: z.coerce
    .number('limit must be a number.')
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(50, 'limit must be at most 50.')
    .default(10),
});

/** GET /api/topics?q=&limit= — type-ahead over topic names. */
export async function GET(request: Request) {
  const params = searchParams.safeParse(
    Object.fromEntries(new URL(request.url).searchParams.entries()),
  );
  if (!params.success) {
    return Response.json(
      { error: 'Invalid query parameters.', fieldErrors: fieldErrorsOf(params.error) },
      { status: 400 },
    );
  }
  const { q, limit } = params.data;
  const db = await getDb();
  const topics = q ? await searchTopics(db, q, limit) : [];
  return Response.json({ topics });
}

/** POST /api/topics — creates a topic; a name already taken is a 400 on `name`. */
export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const result = await runWrite(topicInput, body, async (data) => createTopic(await getDb(), data));
  return resultResponse(result, 201);
}
