import { getDb } from '@/db';
import { setUserDisabled, setUserRole } from '@/db/writes/users';
import { type IdRouteContext, writeRoute } from '@/lib/server/routes';
import { userPatchInput } from '@/lib/validation/users-api';

export const dynamic = 'force-dynamic';

/**
 * PATCH /api/admin/users/{id} with `{ role?, disabled? }` — changes a role, disables or enables
 * an account (its sessions end at once); 409 if that would leave no enabled admin.
 */
export async function PATCH(request: Request, context: IdRouteContext) {
  return writeRoute(
    request,
    { body: userPatchInput, id: { context, what: 'user' }, role: 'admin' },
    async ({ data: { role, disabled }, id, actor }) => {
      const db = await getDb();
      let version = 0;
      if (role !== undefined) version = (await setUserRole(db, id, role, actor)).version;
      if (disabled !== undefined) {
        version = (await setUserDisabled(db, id, disabled, actor)).version;
      }
      return { id, version };
    },
  );
}
