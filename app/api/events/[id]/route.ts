import { getDb } from '@/db';
import { getEvent } from '@/db/queries/events';
import { deleteEvent, updateEvent } from '@/db/writes/events';
import { type IdRouteContext, readRoute, writeRoute } from '@/lib/server/routes';
import { eventInput, versioned } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

/** GET /api/events/:id — the event with its organizer; 404 if none. */
export async function GET(request: Request, context: IdRouteContext) {
  return readRoute(
    request,
    { id: { context, what: 'event' }, notFound: 'The event was not found.' },
    async ({ id }) => getEvent(await getDb(), id),
  );
}

/** PUT /api/events/:id with `{ ...values, version }` — 409 if someone saved in between. */
export async function PUT(request: Request, context: IdRouteContext) {
  return writeRoute(
    request,
    { body: versioned(eventInput), id: { context, what: 'event' } },
    async ({ data: { version, ...data }, id, actor }) =>
      updateEvent(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/events/:id — a soft delete: its meetings keep it. */
export async function DELETE(request: Request, context: IdRouteContext) {
  return writeRoute(request, { id: { context, what: 'event' } }, async ({ id, actor }) => {
    await deleteEvent(await getDb(), id, actor);
    return { id, deleted: true as const };
  });
}
