'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { restoreEvent } from '@/db/writes/events';
import { restoreMeeting } from '@/db/writes/meetings';
import { restoreOfficial } from '@/db/writes/officials';
import { restoreOrganization } from '@/db/writes/organizations';
import { restoreTopic } from '@/db/writes/topics';
import { runWrite } from '@/lib/server/write';
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

const restoreRecordInput = z.object({
  kind: z.enum(['official', 'organization', 'topic', 'event']),
  id: z.number().int().positive(),
});

const restorers = {
  official: restoreOfficial,
  organization: restoreOrganization,
  topic: restoreTopic,
  event: restoreEvent,
};

/** Brings a deleted official, organization, topic or event back (admins only). */
export async function restoreRecordAction(
  values: unknown,
): Promise<ActionResult<{ kind: string; id: number }>> {
  const result = await runWrite(
    restoreRecordInput,
    values,
    async ({ kind, id }, actor) => {
      await restorers[kind](await getDb(), id, actor);
      return { kind, id };
    },
    { role: 'admin' },
  );
  if (result.ok) revalidatePath('/admin/deleted');
  return result;
}
