import { z } from 'zod';
import { getDb } from '@/db';
import { getEvent } from '@/db/queries/events';
import { deleteEvent, updateEvent } from '@/db/writes/events';
import { idParam, readRoute } from '@/lib/server/routes';
import { deleteRoute, type IdRouteContext, updateRoute } from '@/lib/server/entity-routes';
import { eventInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

type RouteContext = IdRouteContext;

const path = z.object({ id: idParam('event') });

/** GET /api/events/:id — the event with its organizer; 404 if none. */
export async function GET(_request: Request, context: RouteContext) {
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getEvent(await getDb(), id),
    'The event was not found.',
  );
}

/** PUT /api/events/:id with `{ ...values, version }` — 409 if someone saved in between. */
export async function PUT(request: Request, context: RouteContext) {
  return updateRoute(request, context, 'event', eventInput, async (id, data, version, actor) =>
    updateEvent(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/events/:id — a soft delete: its meetings keep it. */
export async function DELETE(request: Request, context: RouteContext) {
  return deleteRoute(request, context, 'event', async (id, actor) =>
    deleteEvent(await getDb(), id, actor),
  );
}
