import { z } from 'zod';
import { getDb } from '@/db';
import { getMeeting } from '@/db/queries/meetings';
import { deleteMeeting, updateMeeting } from '@/db/writes/meetings';
import { idParam, parseId, readRoute, writeRoute } from '@/lib/api';
import { resultResponse, runWrite } from '@/lib/server-action';
import { meetingInput, meetingUpdateInput } from '@/lib/validation/meeting';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

const path = z.object({ id: idParam('meeting') });

/** GET /api/meetings/:id — the meeting with participants, topics, sources and follow-ups. */
export async function GET(_request: Request, context: RouteContext) {
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getMeeting(await getDb(), id),
    'The meeting was not found.',
  );
}

/** PUT /api/meetings/:id with `{ ...values, version }` — 409 if someone saved in between. */
export async function PUT(request: Request, context: RouteContext) {
  const id = parseId((await context.params).id, 'meeting');
  if (id instanceof Response) return id;
  return writeRoute(
    request,
    z.intersection(meetingInput, meetingUpdateInput),
    async ({ version, ...data }) => updateMeeting(await getDb(), id, data, version),
  );
}

/** DELETE /api/meetings/:id — a soft delete: the meeting leaves lists and search. */
export async function DELETE(_request: Request, context: RouteContext) {
  const id = parseId((await context.params).id, 'meeting');
  if (id instanceof Response) return id;
  const result = await runWrite(z.unknown(), null, async () => {
    await deleteMeeting(await getDb(), id);
    return { id, deleted: true };
  });
  return resultResponse(result);
}
