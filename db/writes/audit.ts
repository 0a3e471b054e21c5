import type { DbOrTx } from '../client';
import { auditEntries } from '../schema';
import { type AuditAction } from '@/lib/domain/vocabularies';

export { type Actor, systemActor } from '@/lib/domain/viewer';
import type { Actor } from '@/lib/domain/viewer';

type Snapshot = Record<string, unknown>;

/** The fields that differ between two snapshots, each with its value before and after. */
export function diffSnapshots(
  before: Snapshot | null,
  after: Snapshot | null,
): Record<string, { before: unknown; after: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) diff[key] = { before: b, after: a };
  }
  return diff;
}

/** Records who did what to which record, with the field-level difference. */
export function recordAudit(
  tx: DbOrTx,
  entry: {
    actor: Actor;
    action: AuditAction;
    entityType: string;
    entityId: number;
    before: Snapshot | null;
    after: Snapshot | null;
    /** The record's version after the change, when it has one (see conflict details). */
    entityVersion?: number | null;
  },
): void {
  tx.insert(auditEntries)
    .values({
      userId: entry.actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityVersion: entry.entityVersion ?? null,
      diff: diffSnapshots(entry.before, entry.after),
    })
    .run();
}
