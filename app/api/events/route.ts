import { z } from 'zod';
import { getDb } from '@/db';
import { eventOrder, listEventsPage } from '@/db/queries/api/events';
import { keysetCursorParam, listLimitParam, queryReadRoute } from '@/lib/api-params';
import { readerOf } from '@/lib/auth/server';

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
