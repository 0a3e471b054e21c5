import { z } from 'zod';
import { getDb } from '@/db';
import { listEventsPage } from '@/db/queries/api/events';
import { createEvent } from '@/db/writes/events';
import { readRoute, writeRoute } from '@/lib/server/routes';
import { cursorParam, listLimitParam } from '@/lib/server/params';
import { eventInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z.object({
  limit: listLimitParam().default(50),
  cursor: cursorParam,
});

/** GET /api/events?limit=&cursor= — events, most recent first, a keyset page at a time. */
export async function GET(request: Request) {
  return readRoute(request, { query: query }, async ({ query: { limit, cursor }, viewer }) =>
    listEventsPage(await getDb(), viewer, { limit, cursor }),
  );
}

/** POST /api/events — creates an event; 201 with `{ id }`, 400 with field errors. */
export async function POST(request: Request) {
  return writeRoute(request, { body: eventInput, status: 201 }, async ({ data, actor }) =>
    createEvent(await getDb(), data, actor),
  );
}
