import { getDb } from '@/db';
import { getMeeting } from '@/db/queries/meetings';
import { deleteMeeting, updateMeeting } from '@/db/writes/meetings';
import { type IdRouteContext, readRoute, writeRoute } from '@/lib/server/routes';
import { versioned } from '@/lib/validation/entities';
import { meetingInput } from '@/lib/validation/meeting';

export const dynamic = 'force-dynamic';

/** GET /api/meetings/:id — the meeting with participants, topics, sources and follow-ups. */
export async function GET(request: Request, context: IdRouteContext) {
  return readRoute(
    request,
    { id: { context, what: 'meeting' }, notFound: 'The meeting was not found.' },
    async ({ id, viewer }) => getMeeting(await getDb(), viewer, id),
  );
}

/** PUT /api/meetings/:id with `{ ...values, version }` — 409 if someone saved in between. */
export async function PUT(request: Request, context: IdRouteContext) {
  return writeRoute(
    request,
    { body: versioned(meetingInput), id: { context, what: 'meeting' } },
    async ({ data: { version, ...data }, id, actor }) =>
      updateMeeting(await getDb(), id, data, version, actor),
  );
}

/** DELETE /api/meetings/:id — a soft delete: the meeting leaves lists and search. */
export async function DELETE(request: Request, context: IdRouteContext) {
  return writeRoute(request, { id: { context, what: 'meeting' } }, async ({ id, actor }) => {
    await deleteMeeting(await getDb(), id, actor);
    return { id, deleted: true as const };
  });
}
