import { getDb } from '@/db';
import { setUserDisabled, setUserRole } from '@/db/writes/users';
import { pathId, writeRoute } from '@/lib/server/routes';
import { userPatchInput } from '@/lib/validation/users-api';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

/**
 * PATCH /api/admin/users/{id} with `{ role?, disabled? }` — changes a role, disables or enables
 * an account (its sessions end at once); 409 if that would leave no enabled admin.
 */
export async function PATCH(request: Request, context: RouteContext) {
  const { id: raw } = await context.params;
  return writeRoute(
    request,
    userPatchInput,
    async ({ role, disabled }, actor) => {
      const id = pathId(raw, 'user');
      const db = await getDb();
      let version = 0;
      if (role !== undefined) version = (await setUserRole(db, id, role, actor)).version;
      if (disabled !== undefined) {
        version = (await setUserDisabled(db, id, disabled, actor)).version;
      }
      return { id, version };
    },
    { role: 'admin' },
  );
}
