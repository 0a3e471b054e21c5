import { getDb } from '@/db';
import { mergeTopics } from '@/db/writes/merge/topics';
import { writeRoute } from '@/lib/server/routes';
import { mergeInput } from '@/lib/validation/entities';

export const dynamic = 'force-dynamic';

/**
 * POST /api/topics/merge with `{ keepId, dropId, keepVersion, dropVersion }` — folds the
 * dropped topic into the kept one (meetings, sub-topics, names); 404 if either is gone,
 * 409 if either changed since the versions given.
 */
export async function POST(request: Request) {
  return writeRoute(request, { body: mergeInput, role: 'admin' }, async ({ data, actor }) =>
    mergeTopics(await getDb(), data, actor),
  );
}
