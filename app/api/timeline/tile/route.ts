import { readerOf } from '@/lib/server/auth/server';
import { getDb } from '@/db';
import { timelineTile } from '@/db/queries/timeline';
import { filteredReadRoute } from '@/lib/server/params';
import { timelineTileParams } from '@/lib/validation/timeline';

export const dynamic = 'force-dynamic';

/**
 * GET /api/timeline/tile?<filters>&group=&unit=&start=&end=&lanes=&others= — per lane, the
 * number of filtered meetings overlapping each bucket (day, week, month, …) from start to end,
 * and the meetings themselves for the lanes that have few enough of them.
 */
export async function GET(request: Request) {
  return filteredReadRoute(request, timelineTileParams, async (filters, params) =>
    timelineTile(await getDb(), await readerOf(request), filters, params),
  );
}
