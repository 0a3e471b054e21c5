import { getDb } from '@/db';
import { timelineSummary } from '@/db/queries/timeline';
import { timelineSummaryParams } from '@/lib/validation/timeline';
import { readRoute } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';

/**
 * GET /api/timeline?<filters>&group= — the timeline's lanes for the filtered meetings grouped
 * by country, official, organization or topic: the values with the most meetings and an
 * "others" lane, each with its count and filter query; the set's total, first and last day.
 */
export async function GET(request: Request) {
  return readRoute(
    request,
    { query: timelineSummaryParams, filters: true },
    async ({ filters, query: { group }, viewer }) =>
      timelineSummary(await getDb(), viewer, filters, group),
  );
}
