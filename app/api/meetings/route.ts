import { getDb } from '@/db';
import { createMeeting } from '@/db/writes/meetings';
import { resultResponse, runWrite } from '@/lib/server-action';
import { meetingInput } from '@/lib/validation/meeting';

export const dynamic = 'force-dynamic';

/** POST /api/meetings — logs a meeting; 201 with `{ id, version }`, 400 with field errors. */
export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const result = await runWrite(meetingInput, body, async (data) =>
    createMeeting(await getDb(), data),
  );
  return resultResponse(result, 201);
}
