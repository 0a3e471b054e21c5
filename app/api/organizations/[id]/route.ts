import { z } from 'zod';
import { getDb } from '@/db';
import { getOrganizationForApi } from '@/db/queries/api/organizations';
import { idParam, readRoute } from '@/lib/api';
import { readerOf } from '@/lib/auth/server';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

const path = z.object({ id: idParam('organization') });

/** GET /api/organizations/:id — the organization with its parent, sub-organizations and officials; 404 if none. */
export async function GET(request: Request, context: RouteContext) {
  const viewer = await readerOf(request);
  return readRoute(
    await context.params,
    path,
    async ({ id }) => getOrganizationForApi(await getDb(), viewer, id),
    'The organization was not found.',
  );
}
