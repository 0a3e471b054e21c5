'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { mergeOfficials } from '@/db/writes/merge/officials';
import { createOfficialRecord, deleteOfficial, updateOfficial } from '@/db/writes/officials';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { mergeInput, officialRecordInput } from '@/lib/validation/entities';

const recordId = z.number().int().positive();
const missing = {
  ok: false,
  code: 'not_found',
  error: 'The official was not found. They may have been deleted or merged.',
} as const;

type Saved = ActionResult<{ id: number; version: number }>;

/**
 * Saves the official form: creates the official when `id` is null, else saves over `version`
 * (the one the form loaded, so a concurrent save is a conflict, not a silent overwrite).
 */
export async function saveOfficialAction(
  id: number | null,
  version: number | null,
  values: unknown,
): Promise<Saved> {
  if (id !== null && (!recordId.safeParse(id).success || !recordId.safeParse(version).success)) {
    return missing;
  }
  const result = await runWrite(officialRecordInput, values, async (data, actor) =>
    id === null || version === null
      ? createOfficialRecord(await getDb(), data, actor)
      : updateOfficial(await getDb(), id, data, version, actor),
  );
  if (result.ok) revalidatePath('/officials', 'layout');
  return result;
}

/** Soft-deletes an official (they stay on their meetings and can be restored). */
export async function deleteOfficialAction(id: number): Promise<ActionResult<{ id: number }>> {
  if (!recordId.safeParse(id).success) return missing;
  const result = await runWrite(z.unknown(), null, async (_data, actor) => {
    await deleteOfficial(await getDb(), id, actor);
    return { id };
  });
  if (result.ok) revalidatePath('/officials', 'layout');
  return result;
}

/** Folds one official into another (the merge screen). */
export async function mergeOfficialsAction(
  values: unknown,
): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runWrite(
    mergeInput,
    values,
    async (data, actor) => mergeOfficials(await getDb(), data, actor),
    { role: 'admin' },
  );
  if (result.ok) {
    revalidatePath('/officials', 'layout');
    revalidatePath('/meetings', 'layout');
  }
  return result;
}
