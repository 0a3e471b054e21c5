import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/server/auth/password';
import type { Db } from '../client';
import { listHistory } from '../queries/audit';
import { hasNoUsers } from '../queries/users';
import { accounts, sessions, users } from '../schema';
import { createTestDb } from '../testing';
import {
  changeOwnPassword,
  createFirstAdmin,
  createUser,
  setUserDisabled,
  setUserPassword,
  setUserRole,
} from './users';

let db: Db;
const input = (name: string, role: 'viewer' | 'editor' | 'admin' = 'viewer') => ({
  name,
  email: `${name.toLowerCase()}@x.test`,
  role,
  password: 'a-long-password',
});

beforeEach(() => {
  db = createTestDb();
});

function addSession(userId: number) {
  db.insert(sessions)
    .values({ userId, token: `t${Math.random()}`, expiresAt: new Date(Date.now() + 60_000) })
    .run();
}

describe('accounts', () => {
  it('are created with an argon2id password in a credential account, audited without it', async () => {
    const { id } = await createUser(db, input('Ann', 'editor'), { userId: null });
    const account = db.select().from(accounts).where(eq(accounts.userId, id)).get()!;
    expect(account.providerId).toBe('credential');
    expect(account.password).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword({ hash: account.password!, password: 'a-long-password' })).toBe(
      true,
    );
    expect(await verifyPassword({ hash: account.password!, password: 'wrong' })).toBe(false);
    const [created] = await listHistory(db, 'user', id);
    expect(created!.action).toBe('create');
    expect(JSON.stringify(created!.changes)).not.toContain('a-long-password');
    await expect(createUser(db, input('Ann'))).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { email: 'There is already an account with this email address.' },
    });
  });

  it('never leave Parley without an enabled admin', async () => {
    const { id: first } = await createUser(db, input('Root', 'admin'));
    await expect(setUserRole(db, first, 'editor')).rejects.toMatchObject({ code: 'conflict' });
    await expect(setUserDisabled(db, first, true)).rejects.toMatchObject({ code: 'conflict' });
    const { id: second } = await createUser(db, input('Deputy', 'admin'));
    await setUserDisabled(db, second, true);
    // A disabled admin does not count.
    await expect(setUserRole(db, first, 'viewer')).rejects.toMatchObject({ code: 'conflict' });
    await setUserDisabled(db, second, false);
    await setUserRole(db, first, 'viewer');
    expect(db.select().from(users).where(eq(users.id, first)).get()!.role).toBe('viewer');
  });

  it('end their sessions when disabled or given a new password', async () => {
    const { id } = await createUser(db, input('Ben'));
    addSession(id);
    addSession(id);
    await setUserDisabled(db, id, true, { userId: null });
    expect(db.select().from(sessions).where(eq(sessions.userId, id)).all()).toHaveLength(0);
    await setUserDisabled(db, id, false);
    addSession(id);
    await setUserPassword(db, id, 'another-long-password');
    expect(db.select().from(sessions).where(eq(sessions.userId, id)).all()).toHaveLength(0);
    const history = await listHistory(db, 'user', id);
    expect(history.map((h) => h.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(history[2]!.changes).toEqual([{ field: 'disabled', before: false, after: true }]);
  });

  it('get a first admin only while there is no account', async () => {
    expect(hasNoUsers(db)).toBe(true);
    await createFirstAdmin(db, {
      name: 'First',
      email: 'first@x.test',
      password: 'a-long-password',
    });
    expect(hasNoUsers(db)).toBe(false);
    await expect(
      createFirstAdmin(db, { name: 'Second', email: 'second@x.test', password: 'a-long-password' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('change their own password only with the current one, ending every session', async () => {
    const { id } = await createUser(db, input('Cy'));
    addSession(id);
    await expect(
      changeOwnPassword(db, { userId: id }, 'wrong', 'new-long-password'),
    ).rejects.toMatchObject({
      fieldErrors: { currentPassword: 'That is not your current password.' },
    });
    expect(db.select().from(sessions).where(eq(sessions.userId, id)).all()).toHaveLength(1);
    await changeOwnPassword(db, { userId: id }, 'a-long-password', 'new-long-password');
    expect(db.select().from(sessions).where(eq(sessions.userId, id)).all()).toHaveLength(0);
    const hash = db.select().from(accounts).where(eq(accounts.userId, id)).get()!.password!;
    expect(await verifyPassword({ hash, password: 'new-long-password' })).toBe(true);
  });
});
