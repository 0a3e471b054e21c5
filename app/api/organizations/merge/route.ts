import { getDb } from '@/db';
import { mergeOrganizations } from '@/db/writes/merge/organizations';
import { writeRoute } from '@/lib/server/routes';
import { mergeInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

/**
 * POST /api/organizations/merge with `{ keepId, dropId, keepVersion, dropVersion }` — folds the
 * dropped organization into the kept one (participations, positions, sub-organizations, events, names); 404 if either is gone,
 * 409 if either changed since the versions given.
 */
export async function POST(request: Request) {
  return writeRoute(request, { body: mergeInput, role: 'admin' }, async ({ data, actor }) =>
    mergeOrganizations(await getDb(), data, actor),
  );
}
