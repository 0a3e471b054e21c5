import { z } from 'zod';
import { getDb } from '@/db';
import { getMeeting } from '@/db/queries/meetings';
import { deleteMeeting, updateMeeting } from '@/db/writes/meetings';
import { resultResponse, runWrite } from '@/lib/server-action';
import { meetingInput, meetingUpdateInput } from '@/lib/validation/meeting';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

const idParam = z.coerce
  .number('The meeting id must be a number.')
  .int('The meeting id must be a whole number.')
  .positive('The meeting id must be positive.');

/** The meeting id from the path, or the 400 response naming the bad parameter. */
async function meetingId(context: RouteContext): Promise<number | Response> {
  const parsed = idParam.safeParse((await context.params).id);
  if (parsed.success) return parsed.data;
  return Response.json(
    { error: 'Invalid meeting id.', fieldErrors: { id: parsed.error.issues[0]?.message ?? '' } },
    { status: 400 },
  );
}

/** GET /api/meetings/:id — the meeting with participants, topics, sources and follow-ups. */
export async function GET(_request: Request, context: RouteContext) {
  const id = await meetingId(context);
  if (id instanceof Response) return id;
  const meeting = await getMeeting(await getDb(), id);
  if (!meeting) return Response.json({ error: 'The meeting was not found.' }, { status: 404 });
  return Response.json(meeting);
}

/** PUT /api/meetings/:id with `{ ...values, version }` — 409 if someone saved in between. */
export async function PUT(request: Request, context: RouteContext) {
  const id = await meetingId(context);
  if (id instanceof Response) return id;
  const body: unknown = await request.json().catch(() => undefined);
  const result = await runWrite(
    z.intersection(meetingInput, meetingUpdateInput),
    body,
    async ({ version, ...data }) => updateMeeting(await getDb(), id, data, version),
  );
  return resultResponse(result);
}

/** DELETE /api/meetings/:id — a soft delete: the meeting leaves lists and search. */
export async function DELETE(_request: Request, context: RouteContext) {
  const id = await meetingId(context);
  if (id instanceof Response) return id;
  const result = await runWrite(z.unknown(), null, async () => {
    await deleteMeeting(await getDb(), id);
    return { id, deleted: true };
  });
  return resultResponse(result);
}
