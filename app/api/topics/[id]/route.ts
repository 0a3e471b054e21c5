import { z } from 'zod';
import { getDb } from '@/db';
import { getTopicById } from '@/db/queries/api/topics';
import { deleteTopic, updateTopic } from '@/db/writes/topics';
import { idParam, readRoute } from '@/lib/server/routes';
import { deleteRoute, type IdRouteContext, updateRoute } from '@/lib/server/entity-routes';
import { topicInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

type RouteContext = IdRouteContext;

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

/**
 * PUT /api/topics/:id with `{ ...values, version }` — a new name gives a new slug; 400 on a
 * taken name or a parent under the topic itself, 409 if someone saved in between.
 */
export async function PUT(request: Request, context: RouteContext) {
  return updateRoute(request, context, 'topic', topicInput, async (id, data, version, actor) =>
    updateTopic(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/topics/:id — a soft delete. */
export async function DELETE(request: Request, context: RouteContext) {
  return deleteRoute(request, context, 'topic', async (id, actor) =>
    deleteTopic(await getDb(), id, actor),
  );
}
