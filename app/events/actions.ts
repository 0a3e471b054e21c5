'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { createEvent, deleteEvent, updateEvent } from '@/db/writes/events';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { eventInput } from '@/lib/validation/entities';

const recordId = z.number().int().positive();
const missing = {
  ok: false,
  code: 'not_found',
  error: 'The event was not found. It may have been deleted.',
} as const;

/** Saves the event form: creates it when `id` is null, else saves over `version`. */
export async function saveEventAction(
  id: number | null,
  version: number | null,
  values: unknown,
): Promise<ActionResult<{ id: number }>> {
  if (id !== null && (!recordId.safeParse(id).success || !recordId.safeParse(version).success)) {
    return missing;
  }
  const result = await runWrite(eventInput, values, async (data, actor) =>
    id === null || version === null
      ? createEvent(await getDb(), data, actor)
      : updateEvent(await getDb(), id, data, version, actor),
  );
  if (result.ok) {
    revalidatePath('/events', 'layout');
    revalidatePath('/meetings/new');
  }
  return result;
}

/** Soft-deletes an event (its meetings keep it). */
export async function deleteEventAction(id: number): Promise<ActionResult<{ id: number }>> {
  if (!recordId.safeParse(id).success) return missing;
  const result = await runWrite(z.unknown(), null, async (_data, actor) => {
    await deleteEvent(await getDb(), id, actor);
    return { id };
  });
  if (result.ok) revalidatePath('/events', 'layout');
  return result;
}
