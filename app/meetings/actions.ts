'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { DomainError } from '@/db/errors';
import { createMeeting, deleteMeeting, updateMeeting } from '@/db/writes/meetings';
import { createOfficial } from '@/db/writes/officials';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { officialInput } from '@/lib/validation/entities';
import { versioned } from '@/lib/validation/entities';
import { meetingInput } from '@/lib/validation/meeting';

const meetingIdInput = z.number().int().positive();

/** The meeting id a form sent, checked inside the write (after the role check). */
function meetingId(id: unknown): number {
  if (!meetingIdInput.safeParse(id).success) {
    throw new DomainError('not_found', 'The meeting was not found. It may have been deleted.');
  }
  return id as number;
}

/** Logs a new meeting from the form. */
export async function createMeetingAction(
  values: unknown,
): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runWrite(meetingInput, values, async (data, actor) =>
    createMeeting(await getDb(), data, actor),
  );
  if (result.ok) revalidatePath('/meetings');
  return result;
}

/** Saves the edit form; `version` is the one the form loaded, so concurrent saves conflict. */
export async function updateMeetingAction(
  id: number,
  version: number,
  values: unknown,
): Promise<ActionResult<{ id: number; version: number }>> {
  const input = typeof values === 'object' && values !== null ? { ...values, version } : values;
  const result = await runWrite(
    versioned(meetingInput),
    input,
    async ({ version: expected, ...data }, actor) =>
      updateMeeting(await getDb(), meetingId(id), data, expected, actor),
  );
  if (result.ok) revalidatePath('/meetings');
  return result;
}

/** Soft-deletes a meeting (an admin can restore it from /admin/deleted). */
export async function deleteMeetingAction(id: number): Promise<ActionResult<{ id: number }>> {
  const result = await runWrite(z.unknown(), null, async (_data, actor) => {
    await deleteMeeting(await getDb(), meetingId(id), actor);
    return { id };
  });
  if (result.ok) revalidatePath('/meetings');
  return result;
}

/** The form's "New official": the person, their position and perhaps a new organization. */
export async function createOfficialAction(
  values: unknown,
): Promise<ActionResult<{ id: number; organizationId: number | null }>> {
  return runWrite(officialInput, values, async (data, actor) =>
    createOfficial(await getDb(), data, actor),
  );
}
