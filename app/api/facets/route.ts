import { z } from 'zod';
import { getDb } from '@/db';
import { meetingFacets } from '@/db/queries/meeting-search';
import { filteredReadRoute } from '@/lib/server/params';
import { readerOf } from '@/lib/server/auth/server';

export const dynamic = 'force-dynamic';

/**
 * GET /api/facets?<filters> — for each filter, its values with the number of meetings that the
 * other active filters leave; 400 naming each bad parameter.
 */
export async function GET(request: Request) {
  return filteredReadRoute(request, z.object({}), async (filters) =>
    meetingFacets(await getDb(), await readerOf(request), filters),
  );
}
