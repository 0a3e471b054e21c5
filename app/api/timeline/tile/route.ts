import { getDb } from '@/db';
import { timelineTile } from '@/db/queries/timeline';
import { timelineTileParams } from '@/lib/validation/timeline';
import { readRoute } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';

/**
 * GET /api/timeline/tile?<filters>&group=&unit=&start=&end=&lanes=&others= — per lane, the
 * number of filtered meetings overlapping each bucket (day, week, month, …) from start to end,
 * and the meetings themselves for the lanes that have few enough of them.
 */
export async function GET(request: Request) {
  return readRoute(
    request,
    { query: timelineTileParams, filters: true },
    async ({ filters, query: params, viewer }) =>
      timelineTile(await getDb(), viewer, filters, params),
  );
}
