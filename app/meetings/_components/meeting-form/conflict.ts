import type { ActionResult } from '@/lib/validation/common';

/** A conflicting save as the form shows it (db/writes/conflict.ts's details, with the message). */
export interface Conflict {
  message: string;
  currentVersion: number;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
  changedBy: string[];
  changedAt: number | null;
}

/** The conflict details of a failed save, or null when it failed for another reason. */
export function conflictDetails(result: ActionResult<unknown>): Omit<Conflict, 'message'> | null {
  if (result.ok || result.code !== 'conflict' || !result.details) return null;
  const d = result.details;
  if (typeof d.currentVersion !== 'number' || !Array.isArray(d.changes)) return null;
  return {
    currentVersion: d.currentVersion,
    changes: d.changes as Conflict['changes'],
    changedBy: Array.isArray(d.changedBy) ? (d.changedBy as string[]) : [],
    changedAt: typeof d.changedAt === 'number' ? d.changedAt : null,
  };
}
