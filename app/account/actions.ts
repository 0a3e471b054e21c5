'use server';

import { getDb } from '@/db';
import { DomainError } from '@/db/errors';
import { changeOwnPassword } from '@/db/writes/users';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { passwordChangeInput } from '@/lib/validation/users';

/** Changes the signed-in user's own password (any role); their sessions end. */
export async function changePasswordAction(values: unknown): Promise<ActionResult<{ id: number }>> {
  return runWrite(
    passwordChangeInput,
    values,
    async ({ currentPassword, newPassword }, actor) => {
      const { userId } = actor;
      if (userId === null) throw new DomainError('invalid', 'Sign in first.');
      return changeOwnPassword(await getDb(), { userId }, currentPassword, newPassword);
    },
    { role: 'viewer' },
  );
}
