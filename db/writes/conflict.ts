import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DomainError } from '../errors';
import { changesAfterVersion, type FieldChange } from '../queries/audit';
import { meetings } from '../schema';

/** What a conflicting save tells the editor: who changed what since their form was opened. */
export interface ConflictDetails {
  [key: string]: unknown;
  /** The record's version now: save again with it to keep your version. */
  currentVersion: number;
  /** Each field the others changed: its value when your form opened, and now. */
  changes: FieldChange[];
  /** Who saved in between, in order, without repeats. */
  changedBy: string[];
  /** When the last of those saves happened (unix seconds), or null. */
  changedAt: number | null;
}

/**
 * The conflict of a save made at `expectedVersion` while the meeting is at a later one: the
 * audit entries after that version, merged field by field (first "before", last "after"), so
 * the editor sees what the other person changed and can re-apply their own input.
 */
export async function meetingConflict(
  db: Db,
  id: number,
  expectedVersion: number,
): Promise<DomainError> {
  const current = db
    .select({ version: meetings.version, deletedAt: meetings.deletedAt })
    .from(meetings)
    .where(eq(meetings.id, id))
    .get();
  if (!current || current.deletedAt !== null) {
    return new DomainError('not_found', 'The meeting was deleted while you were editing it.');
  }
  const entries = await changesAfterVersion(db, 'meeting', id, expectedVersion);
  const merged = new Map<string, FieldChange>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      const seen = merged.get(change.field);
      merged.set(change.field, { ...change, before: seen ? seen.before : change.before });
    }
  }
  const changes = [...merged.values()].filter(
    (c) => JSON.stringify(c.before) !== JSON.stringify(c.after),
  );
  const changedBy = [...new Set(entries.map((e) => e.userName ?? 'Parley (system)'))];
  const details: ConflictDetails = {
    currentVersion: current.version,
    changes,
    changedBy,
    changedAt: entries.at(-1)?.at ?? null,
  };
  const who = changedBy.length ? ` (saved by ${changedBy.join(', ')})` : '';
  return new DomainError(
    'conflict',
    `Someone else saved this meeting while you were editing it${who}. Your changes are not saved yet.`,
    undefined,
    details,
  );
}
