'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { createMeeting, deleteMeeting, updateMeeting } from '@/db/writes/meetings';
import { createOfficial } from '@/db/writes/officials';
import { runWrite } from '@/lib/server-action';
import type { ActionResult } from '@/lib/validation/common';
import { officialInput } from '@/lib/validation/entities';
import { meetingInput, meetingUpdateInput } from '@/lib/validation/meeting';

const meetingIdInput = z.number().int().positive();

const missingMeeting = {
  ok: false,
  code: 'not_found',
  error: 'The meeting was not found. It may have been deleted.',
} as const;

/** Logs a new meeting from the form. */
export async function createMeetingAction(
  values: unknown,
): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runWrite(meetingInput, values, async (data) =>
    createMeeting(await getDb(), data),
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
  if (!meetingIdInput.safeParse(id).success) return missingMeeting;
  const input = typeof values === 'object' && values !== null ? { ...values, version } : values;
  const result = await runWrite(
    z.intersection(meetingInput, meetingUpdateInput),
    input,
    async ({ version: expected, ...data }) => updateMeeting(await getDb(), id, data, expected),
  );
  if (result.ok) revalidatePath('/meetings');
  return result;
}

/** Soft-deletes a meeting (it can be restored from its history). */
export async function deleteMeetingAction(id: number): Promise<ActionResult<{ id: number }>> {
  if (!meetingIdInput.safeParse(id).success) return missingMeeting;
  const result = await runWrite(z.unknown(), null, async () => {
    await deleteMeeting(await getDb(), id);
    return { id };
  });
  if (result.ok) revalidatePath('/meetings');
  return result;
}

/** The form's "New official": the person, their position and perhaps a new organization. */
export async function createOfficialAction(
  values: unknown,
): Promise<ActionResult<{ id: number; organizationId: number | null }>> {
  return runWrite(officialInput, values, async (data) => createOfficial(await getDb(), data));
}
