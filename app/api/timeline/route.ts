import { readerOf } from '@/lib/server/auth/server';
import { getDb } from '@/db';
import { timelineSummary } from '@/db/queries/timeline';
import { filteredReadRoute } from '@/lib/server/params';
import { timelineSummaryParams } from '@/lib/validation/timeline';

export const dynamic = 'force-dynamic';

/**
 * GET /api/timeline?<filters>&group= — the timeline's lanes for the filtered meetings grouped
 * by country, official, organization or topic: the values with the most meetings and an
 * "others" lane, each with its count and filter query; the set's total, first and last day.
 */
export async function GET(request: Request) {
  return filteredReadRoute(request, timelineSummaryParams, async (filters, { group }) =>
    timelineSummary(await getDb(), await readerOf(request), filters, group),
  );
}
