'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { createUser, setUserDisabled, setUserRole } from '@/db/writes/users';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { userCreateInput, userDisabledInput, userRoleInput } from '@/lib/validation/users';

const admin = { role: 'admin' } as const;

/** Creates an account with a temporary password (admins only). */
export async function createUserAction(values: unknown): Promise<ActionResult<{ id: number }>> {
  const result = await runWrite(
    userCreateInput,
    values,
    async (data, actor) => createUser(await getDb(), data, actor),
    admin,
  );
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

/** Changes a user's role; never leaves Parley without an enabled admin. */
export async function changeUserRoleAction(
  values: unknown,
): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runWrite(
    userRoleInput,
    values,
    async ({ userId, role }, actor) => setUserRole(await getDb(), userId, role, actor),
    admin,
  );
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

/** Disables (sessions end at once) or enables an account. */
export async function setUserDisabledAction(
  values: unknown,
): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runWrite(
    userDisabledInput,
    values,
    async ({ userId, disabled }, actor) => setUserDisabled(await getDb(), userId, disabled, actor),
    admin,
  );
  if (result.ok) revalidatePath('/admin/users');
  return result;
}
