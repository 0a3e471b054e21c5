import { getDb } from '@/db';
import { createMeeting } from '@/db/writes/meetings';
import { writeRoute } from '@/lib/api';
import { meetingInput } from '@/lib/validation/meeting';

export const dynamic = 'force-dynamic';

/** POST /api/meetings — logs a meeting; 201 with `{ id, version }`, 400 with field errors. */
export async function POST(request: Request) {
  return writeRoute(request, meetingInput, async (data) => createMeeting(await getDb(), data), 201);
}
