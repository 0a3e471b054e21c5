import { getDb } from '@/db';
import { listUsers } from '@/db/queries/users';
import { createUser } from '@/db/writes/users';
import { readRoute, writeRoute } from '@/lib/server/routes';
import { userCreateInput } from '@/lib/validation/users';

export const dynamic = 'force-dynamic';

/** GET /api/admin/users — every account with its role and state (admins only). */
export async function GET(request: Request) {
  return readRoute(request, { role: 'admin' }, async () => {
    const users = await listUsers(await getDb());
    return {
      users: users.map(({ createdAt, ...u }) => ({
        ...u,
        createdAt: createdAt.toISOString(),
        disabled: u.disabledAt !== null,
      })),
    };
  });
}

/**
 * POST /api/admin/users with `{ name, email, role, password }` — creates an account with a
 * temporary password (admins only); 201 with `{ id }`, 400 if the email is taken.
 */
export async function POST(request: Request) {
  return writeRoute(
    request,
    { body: userCreateInput, status: 201, role: 'admin' },
    async ({ data, actor }) => createUser(await getDb(), data, actor),
  );
}
