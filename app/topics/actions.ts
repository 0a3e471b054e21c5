'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { mergeTopics } from '@/db/writes/merge/topics';
import { createTopic, deleteTopic, updateTopic } from '@/db/writes/topics';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { mergeInput, topicInput } from '@/lib/validation/entities';

const recordId = z.number().int().positive();
const missing = {
  ok: false,
  code: 'not_found',
  error: 'The topic was not found. It may have been deleted or merged.',
} as const;

/**
 * Saves the topic form: creates it when `id` is null, else saves over `version`. The answer
 * holds the slug, which a new name changes.
 */
export async function saveTopicAction(
  id: number | null,
  version: number | null,
  values: unknown,
): Promise<ActionResult<{ id: number; slug: string }>> {
  if (id !== null && (!recordId.safeParse(id).success || !recordId.safeParse(version).success)) {
    return missing;
  }
  const result = await runWrite(topicInput, values, async (data, actor) =>
    id === null || version === null
      ? createTopic(await getDb(), data, actor)
      : updateTopic(await getDb(), id, data, version, actor),
  );
  if (result.ok) revalidatePath('/topics', 'layout');
  return result;
}

/** Soft-deletes a topic (its meetings keep it). */
export async function deleteTopicAction(id: number): Promise<ActionResult<{ id: number }>> {
  if (!recordId.safeParse(id).success) return missing;
  const result = await runWrite(z.unknown(), null, async (_data, actor) => {
    await deleteTopic(await getDb(), id, actor);
    return { id };
  });
  if (result.ok) revalidatePath('/topics', 'layout');
  return result;
}

/** Folds one topic into another (the merge screen). */
export async function mergeTopicsAction(
  values: unknown,
): Promise<ActionResult<{ id: number; slug: string; version: number }>> {
  const result = await runWrite(
    mergeInput,
    values,
    async (data, actor) => mergeTopics(await getDb(), data, actor),
    { role: 'admin' },
  );
  if (result.ok) {
    revalidatePath('/topics', 'layout');
    revalidatePath('/meetings', 'layout');
  }
  return result;
}
