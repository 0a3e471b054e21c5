'use server';

import { getDb } from '@/db';
import { createFirstAdmin } from '@/db/writes/users';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { firstAdminInput } from '@/lib/validation/users';

/**
 * The one-time setup: creates the first administrator while Parley has no account at all (a
 * conflict afterwards, whoever calls it). The only write that needs no session.
 */
export async function createFirstAdminAction(
  values: unknown,
): Promise<ActionResult<{ id: number }>> {
  return runWrite(firstAdminInput, values, async (data) => createFirstAdmin(await getDb(), data), {
    role: 'nobody',
  });
}
