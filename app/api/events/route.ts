import { z } from 'zod';
import { getDb } from '@/db';
import { eventOrder, listEventsPage } from '@/db/queries/api/events';
import { createEvent } from '@/db/writes/events';
import { writeRoute } from '@/lib/server/routes';
import { keysetCursorParam, listLimitParam, queryReadRoute } from '@/lib/server/params';
import { readerOf } from '@/lib/server/auth/server';
import { eventInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

const query = z.object({
  limit: listLimitParam().default(50),
  cursor: keysetCursorParam(eventOrder.columns.length),
});

/** GET /api/events?limit=&cursor= — events, most recent first, a keyset page at a time. */
export async function GET(request: Request) {
  return queryReadRoute(request, query, async ({ limit, cursor }) =>
    listEventsPage(await getDb(), await readerOf(request), { limit, cursor }),
  );
}

/** POST /api/events — creates an event; 201 with `{ id }`, 400 with field errors. */
export async function POST(request: Request) {
  return writeRoute(
    request,
    eventInput,
    async (data, actor) => createEvent(await getDb(), data, actor),
    201,
  );
}
