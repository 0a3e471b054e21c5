import { z } from 'zod';
import { getDb } from '@/db';
import { getTopicById } from '@/db/queries/api/topics';
import { idParam, readRoute } from '@/lib/api';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

const path = z.object({ id: idParam('topic') });

/** GET /api/topics/:id — the topic with its parent and sub-topics; 404 if none. */
export async function GET(_request: Request, context: RouteContext) {
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getTopicById(await getDb(), id),
    'The topic was not found.',
  );
}
