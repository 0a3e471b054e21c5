import { z } from 'zod';
import { getDb } from '@/db';
import { getOfficialForApi } from '@/db/queries/api/officials';
import { idParam, readRoute } from '@/lib/api';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

const path = z.object({ id: idParam('official') });

/** GET /api/officials/:id — the official with every position held; 404 if none. */
export async function GET(_request: Request, context: RouteContext) {
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getOfficialForApi(await getDb(), id),
    'The official was not found.',
  );
}
