import { getDb } from '@/db';
import { getTopicById } from '@/db/queries/api/topics';
import { deleteTopic, updateTopic } from '@/db/writes/topics';
import { type IdRouteContext, readRoute, writeRoute } from '@/lib/server/routes';
import { topicInput, versioned } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

/** GET /api/topics/:id — the topic with its parent and sub-topics; 404 if none. */
export async function GET(request: Request, context: IdRouteContext) {
  return readRoute(
    request,
    { id: { context, what: 'topic' }, notFound: 'The topic was not found.' },
    async ({ id }) => getTopicById(await getDb(), id),
  );
}

/**
 * PUT /api/topics/:id with `{ ...values, version }` — a new name gives a new slug; 400 on a
 * taken name or a parent under the topic itself, 409 if someone saved in between.
 */
export async function PUT(request: Request, context: IdRouteContext) {
  return writeRoute(
    request,
    { body: versioned(topicInput), id: { context, what: 'topic' } },
    async ({ data: { version, ...data }, id, actor }) =>
      updateTopic(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/topics/:id — a soft delete. */
export async function DELETE(request: Request, context: IdRouteContext) {
  return writeRoute(request, { id: { context, what: 'topic' } }, async ({ id, actor }) => {
    await deleteTopic(await getDb(), id, actor);
    return { id, deleted: true as const };
  });
}
