'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { restoreMeeting } from '@/db/writes/meetings';
import { runWrite } from '@/lib/server-action';
import type { ActionResult } from '@/lib/validation/common';

const restoreInput = z.object({ meetingId: z.number().int().positive() });

/** Brings a deleted meeting back (admins only); the restore shows in its History. */
export async function restoreMeetingAction(values: unknown): Promise<ActionResult<{ id: number }>> {
  const result = await runWrite(
    restoreInput,
    values,
    async ({ meetingId }, actor) => {
      await restoreMeeting(await getDb(), meetingId, actor);
      return { id: meetingId };
    },
    { role: 'admin' },
  );
  if (result.ok) {
    revalidatePath('/admin/deleted');
    revalidatePath('/meetings');
  }
  return result;
}
