import { getDb } from '@/db';
import { meetingFacets } from '@/db/queries/meeting-search';
import { readRoute } from '@/lib/server/routes';

export const dynamic = 'force-dynamic';

/**
 * GET /api/facets?<filters> — for each filter, its values with the number of meetings that the
 * other active filters leave; 400 naming each bad parameter.
 */
export async function GET(request: Request) {
  return readRoute(request, { filters: true }, async ({ filters, viewer }) =>
    meetingFacets(await getDb(), viewer, filters),
  );
}
