import { getDb } from '@/db';
import { listUsers } from '@/db/queries/users';
import { createUser } from '@/db/writes/users';
import { writeRoute } from '@/lib/server/routes';
import { authorize } from '@/lib/server/auth/authorize';
import { sessionFromHeaders } from '@/lib/server/auth/server';
import { resultResponse } from '@/lib/server/write';
import { userCreateInput } from '@/lib/validation/users';

export const dynamic = 'force-dynamic';

/** GET /api/admin/users — every account with its role and state (admins only). */
export async function GET(request: Request) {
  const allowed = authorize(await sessionFromHeaders(request.headers), 'admin');
  if (!allowed.ok) return resultResponse(allowed);
  const users = await listUsers(await getDb());
  return Response.json({
    users: users.map(({ createdAt, ...u }) => ({
      ...u,
      createdAt: createdAt.toISOString(),
      disabled: u.disabledAt !== null,
    })),
  });
}

/**
 * POST /api/admin/users with `{ name, email, role, password }` — creates an account with a
 * temporary password (admins only); 201 with `{ id }`, 400 if the email is taken.
 */
export async function POST(request: Request) {
  return writeRoute(
    request,
    userCreateInput,
    async (data, actor) => createUser(await getDb(), data, actor),
    { status: 201, role: 'admin' },
  );
}
