import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { users } from '../schema';

/** Every account, by name, for /admin/users. */
export async function listUsers(db: DbOrTx) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      version: users.version,
      lastSignIn: sql<number | null>`(select max(s.created_at) from sessions s
        where s.user_id = ${users.id})`,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
}

export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

/** True when no account exists yet (a fresh install: /setup is open). */
export function hasNoUsers(db: DbOrTx): boolean {
  return !db.select({ id: users.id }).from(users).limit(1).get();
}

/** The enabled accounts among these emails, by email (the demo accounts on the sign-in page). */
export async function enabledUsersByEmail(db: DbOrTx, emails: string[]) {
  if (!emails.length) return [];
  const rows = await db
    .select({ email: users.email, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(inArray(users.email, emails));
  return rows.filter((r) => r.disabledAt === null);
}

/** Names of users by id, for the audit trail's "who". */
export async function userNames(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A user's id by email, or null. */
export function userIdByEmail(db: DbOrTx, email: string): number | null {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id ?? null;
}

/** A session's account when it is still enabled and not deleted, else null (sessionFromHeaders). */
export async function activeUserById(db: DbOrTx, id: number) {
  const user = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt), isNull(users.deletedAt)))
    .get();
  return user ?? null;
}
