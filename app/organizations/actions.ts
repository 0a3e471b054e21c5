'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { mergeOrganizations } from '@/db/writes/merge/organizations';
import {
  createOrganization,
  deleteOrganization,
  updateOrganization,
} from '@/db/writes/organizations';
import { runWrite } from '@/lib/server/write';
import type { ActionResult } from '@/lib/validation/common';
import { mergeInput, organizationInput } from '@/lib/validation/entities';

const recordId = z.number().int().positive();
const missing = {
  ok: false,
  code: 'not_found',
  error: 'The organization was not found. It may have been deleted or merged.',
} as const;

/**
 * Saves the organization form: creates it when `id` is null, else saves over `version` (the
 * one the form loaded: a concurrent save is a conflict, not a silent overwrite).
 */
export async function saveOrganizationAction(
  id: number | null,
  version: number | null,
  values: unknown,
): Promise<ActionResult<{ id: number }>> {
  if (id !== null && (!recordId.safeParse(id).success || !recordId.safeParse(version).success)) {
    return missing;
  }
  const result = await runWrite(organizationInput, values, async (data, actor) =>
    id === null || version === null
      ? createOrganization(await getDb(), data, actor)
      : updateOrganization(await getDb(), id, data, version, actor),
  );
  if (result.ok) revalidatePath('/organizations', 'layout');
  return result;
}

/** Soft-deletes an organization. */
export async function deleteOrganizationAction(id: number): Promise<ActionResult<{ id: number }>> {
  if (!recordId.safeParse(id).success) return missing;
  const result = await runWrite(z.unknown(), null, async (_data, actor) => {
    await deleteOrganization(await getDb(), id, actor);
    return { id };
  });
  if (result.ok) revalidatePath('/organizations', 'layout');
  return result;
}

/** Folds one organization into another (the merge screen). */
export async function mergeOrganizationsAction(
  values: unknown,
): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runWrite(
    mergeInput,
    values,
    async (data, actor) => mergeOrganizations(await getDb(), data, actor),
    { role: 'admin' },
  );
  if (result.ok) {
    revalidatePath('/organizations', 'layout');
    revalidatePath('/meetings', 'layout');
  }
  return result;
}
