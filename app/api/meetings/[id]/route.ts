import { z } from 'zod';
import { getDb } from '@/db';
import { getMeeting } from '@/db/queries/meetings';
import { deleteMeeting, updateMeeting } from '@/db/writes/meetings';
import { commandRoute, idParam, pathId, readRoute, writeRoute } from '@/lib/server/routes';
import { readerOf } from '@/lib/server/auth/server';
import { meetingInput, meetingUpdateInput } from '@/lib/validation/meeting';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

const path = z.object({ id: idParam('meeting') });

/** GET /api/meetings/:id — the meeting with participants, topics, sources and follow-ups. */
export async function GET(request: Request, context: RouteContext) {
  const viewer = await readerOf(request);
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getMeeting(await getDb(), viewer, id),
    'The meeting was not found.',
  );
}

/** PUT /api/meetings/:id with `{ ...values, version }` — 409 if someone saved in between. */
export async function PUT(request: Request, context: RouteContext) {
  const { id } = await context.params;
  return writeRoute(
    request,
    z.intersection(meetingInput, meetingUpdateInput),
    async ({ version, ...data }, actor) =>
      updateMeeting(await getDb(), pathId(id, 'meeting'), data, version, actor),
  );
}

/** DELETE /api/meetings/:id — a soft delete: the meeting leaves lists and search. */
export async function DELETE(request: Request, context: RouteContext) {
  const { id: raw } = await context.params;
  return commandRoute(request, async (actor) => {
    const id = pathId(raw, 'meeting');
    await deleteMeeting(await getDb(), id, actor);
    return { id, deleted: true };
  });
}
