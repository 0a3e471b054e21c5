import { getDb } from '@/db';
import { mergeOfficials } from '@/db/writes/merge/officials';
import { writeRoute } from '@/lib/server/routes';
import { mergeInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

/**
 * POST /api/officials/merge with `{ keepId, dropId, keepVersion, dropVersion }` — folds the
 * dropped official into the kept one (participations, positions, names); 404 if either is gone,
 * 409 if either changed since the versions given.
 */
export async function POST(request: Request) {
  return writeRoute(request, { body: mergeInput, role: 'admin' }, async ({ data, actor }) =>
    mergeOfficials(await getDb(), data, actor),
  );
}
