import { z } from 'zod';
import { getDb } from '@/db';
import { searchMeetings } from '@/db/queries/meeting-search';
import { createMeeting } from '@/db/writes/meetings';
import { readRoute, writeRoute } from '@/lib/server/routes';
import { cursorParam, listLimitParam, pageParam } from '@/lib/server/params';
import { meetingInput } from '@/lib/validation/meeting';

export const dynamic = 'force-dynamic';

const query = z
  .object({ limit: listLimitParam().default(50), page: pageParam, cursor: cursorParam })
  .refine((p) => p.page === undefined || p.cursor === undefined, {
    message: 'cursor cannot be combined with page: use one way of paging.',
    path: ['cursor'],
  });

/**
 * GET /api/meetings?<filters>&limit=&page=|cursor= — the meetings list of /meetings: the same
 * filters, order and counts; 400 naming each bad parameter.
 */
export async function GET(request: Request) {
  return readRoute(
    request,
    { query: query, filters: true },
    async ({ filters, query: { limit, page, cursor }, viewer }) =>
      searchMeetings(await getDb(), viewer, filters, {
        limit,
        page,
        cursor: cursor ?? null,
      }),
  );
}

/** POST /api/meetings — logs a meeting; 201 with `{ id, version }`, 400 with field errors. */
export async function POST(request: Request) {
  return writeRoute(request, { body: meetingInput, status: 201 }, async ({ data, actor }) =>
    createMeeting(await getDb(), data, actor),
  );
}
