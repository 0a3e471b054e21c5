import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import type { FirstAdminInput, UserCreateInput } from '@/lib/validation/users';
import type { Db, Tx } from '../client';
import { DomainError, notFound } from '../errors';
import { accounts, sessions, users } from '../schema';
import { type UserRole } from '@/lib/domain/vocabularies';
import { type Actor, recordAudit, systemActor } from './audit';

/** What the audit trail records of an account (never a password or its hash). */
function userSnapshot(tx: Tx, id: number) {
  const u = tx.select().from(users).where(eq(users.id, id)).get();
  if (!u) return null;
  return { name: u.name, email: u.email, role: u.role, disabled: u.disabledAt !== null };
}

/** Inserts the user and their credential account (better-auth's `credential` provider). */
function insertUser(
  tx: Tx,
  input: { name: string; email: string; role: UserRole },
  passwordHash: string,
  actor: Actor,
): number {
  const taken = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
  if (taken) {
    throw new DomainError('invalid', 'Some fields need attention.', {
      email: 'There is already an account with this email address.',
    });
  }
  const { id } = tx
    .insert(users)
    .values({ name: input.name, email: input.email, role: input.role, emailVerified: true })
    .returning({ id: users.id })
    .get();
  tx.insert(accounts)
    .values({ userId: id, accountId: String(id), providerId: 'credential', password: passwordHash })
    .run();
  recordAudit(tx, {
    actor,
    action: 'create',
    entityType: 'user',
    entityId: id,
    entityVersion: 1,
    before: null,
    after: userSnapshot(tx, id),
  });
  return id;
}

/**
 * Creates an account that signs in with `password` (argon2id-hashed; an admin hands it over as
 * a temporary password). The email must be new.
 */
export async function createUser(
  db: Db,
  input: UserCreateInput,
  actor: Actor = systemActor,
): Promise<{ id: number }> {
  const hash = await hashPassword(input.password);
  return db.transaction((tx) => ({ id: insertUser(tx, input, hash, actor) }));
}

/**
 * Creates the first administrator (from PARLEY_ADMIN_EMAIL/PASSWORD or the /setup screen); a
 * conflict once any account exists, so that /setup can never make a second one.
 */
export async function createFirstAdmin(db: Db, input: FirstAdminInput): Promise<{ id: number }> {
  const hash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const any = tx.select({ id: users.id }).from(users).limit(1).get();
    if (any) throw new DomainError('conflict', 'Parley already has an administrator. Sign in.');
    return { id: insertUser(tx, { ...input, role: 'admin' }, hash, systemActor) };
  });
}

/** Enabled admins other than `id`: there must always be one left. */
function otherAdmins(tx: Tx, id: number): number {
  const row = tx
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(
      and(
        eq(users.role, 'admin'),
        isNull(users.disabledAt),
        isNull(users.deletedAt),
        ne(users.id, id),
      ),
    )
    .get();
  return row?.n ?? 0;
}

function changeUser(
  db: Db,
  id: number,
  actor: Actor,
  change: (
    tx: Tx,
    before: NonNullable<ReturnType<typeof userSnapshot>>,
  ) => Partial<{
    role: UserRole;
    disabledAt: number | null;
  }>,
): { id: number; version: number } {
  return db.transaction((tx) => {
    const before = userSnapshot(tx, id);
    if (!before) throw notFound('The user');
    const set = change(tx, before);
    const row = tx
      .update(users)
      .set({ ...set, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning({ id: users.id, version: users.version })
      .get();
    if (!row) throw notFound('The user');
    // Sessions end with the role they were signed in with taken away or the account disabled.
    if (set.disabledAt) tx.delete(sessions).where(eq(sessions.userId, id)).run();
    recordAudit(tx, {
      actor,
      action: 'update',
      entityType: 'user',
      entityId: id,
      entityVersion: row.version,
      before,
      after: userSnapshot(tx, id),
    });
    return row;
  });
}

const lastAdmin = (what: string) =>
  new DomainError(
    'conflict',
    `This is the last administrator: ${what} would leave Parley with none. Make someone else an administrator first.`,
  );

/** Changes a user's role; the last enabled admin cannot be demoted. */
export async function setUserRole(
  db: Db,
  id: number,
  role: UserRole,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return changeUser(db, id, actor, (tx, before) => {
    if (before.role === 'admin' && role !== 'admin' && !before.disabled && !otherAdmins(tx, id)) {
      throw lastAdmin('demoting them');
    }
    return { role };
  });
}

/**
 * Disables an account (it cannot sign in, and its sessions end at once) or enables it again.
 * The last enabled admin cannot be disabled.
 */
export async function setUserDisabled(
  db: Db,
  id: number,
  disabled: boolean,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return changeUser(db, id, actor, (tx, before) => {
    if (disabled && before.role === 'admin' && !before.disabled && !otherAdmins(tx, id)) {
      throw lastAdmin('disabling them');
    }
    return { disabledAt: disabled ? Math.floor(Date.now() / 1000) : null };
  });
}

/** Sets a new (temporary) password for a user and ends their sessions. */
export async function setUserPassword(
  db: Db,
  id: number,
  password: string,
  actor: Actor = systemActor,
  how = 'reset by an administrator',
): Promise<{ id: number }> {
  const hash = await hashPassword(password);
  return db.transaction((tx) => {
    if (!userSnapshot(tx, id)) throw notFound('The user');
    const updated = tx
      .update(accounts)
      .set({ password: hash, updatedAt: new Date() })
      .where(and(eq(accounts.userId, id), eq(accounts.providerId, 'credential')))
      .returning({ id: accounts.id })
      .get();
    if (!updated) {
      tx.insert(accounts)
        .values({ userId: id, accountId: String(id), providerId: 'credential', password: hash })
        .run();
    }
    tx.delete(sessions).where(eq(sessions.userId, id)).run();
    recordAudit(tx, {
      actor,
      action: 'update',
      entityType: 'user',
      entityId: id,
      before: { password: 'previous' },
      after: { password: how },
    });
    return { id };
  });
}

/**
 * A user's own password change: the current one must match; then every session of theirs ends
 * (they sign in again with the new one, and so must anyone who had their old one).
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor & { userId: number },
  current: string,
  next: string,
): Promise<{ id: number }> {
  const account = db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, actor.userId), eq(accounts.providerId, 'credential')))
    .get();
  if (
    !account?.password ||
    !(await verifyPassword({ hash: account.password, password: current }))
  ) {
    throw new DomainError('invalid', 'Some fields need attention.', {
      currentPassword: 'That is not your current password.',
    });
  }
  return setUserPassword(db, actor.userId, next, actor, 'changed by the user');
}
