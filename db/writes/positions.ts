import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { foldText } from '@/lib/text';
import type { FieldErrors } from '@/lib/validation/common';
import type { PositionInput } from '@/lib/validation/entities';
import type { DbOrTx } from '../client';
import { organizations, positions } from '../schema';
import type { Actor } from './audit';
import { unixNow } from './lifecycle';

/** Field errors for positions naming an organization that is gone, or a row that is not theirs. */
export function checkPositions(
  tx: DbOrTx,
  officialId: number | null,
  rows: readonly PositionInput[],
  fieldErrors: FieldErrors,
): void {
  const orgIds = rows.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
  const liveOrgs = new Set(
    orgIds.length
      ? tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(inArray(organizations.id, orgIds), isNull(organizations.deletedAt)))
          .all()
          .map((o) => o.id)
      : [],
  );
  const own = new Set(officialId === null ? [] : livePositions(tx, officialId).map((p) => p.id));
  rows.forEach((row, i) => {
    if (row.organizationId && !liveOrgs.has(row.organizationId)) {
      fieldErrors[`positions.${i}.organizationId`] = 'This organization no longer exists.';
    }
    if (row.id !== null && !own.has(row.id)) {
      fieldErrors[`positions.${i}.title`] =
        'This position was removed by someone else. Remove the row, or add it again.';
    }
  });
}

function livePositions(tx: DbOrTx, officialId: number) {
  return tx
    .select()
    .from(positions)
    .where(and(eq(positions.officialId, officialId), isNull(positions.deletedAt)))
    .orderBy(asc(positions.id))
    .all();
}

/**
 * Makes an official's live positions what the form says: rows with an id are updated (when
 * changed), rows without one are added, live positions the form no longer lists are
 * soft-deleted. Call `checkPositions` first.
 */
export function syncPositions(
  tx: DbOrTx,
  officialId: number,
  rows: readonly PositionInput[],
  actor: Actor,
): void {
  const now = unixNow();
  const existing = new Map(livePositions(tx, officialId).map((p) => [p.id, p]));
  const kept = new Set<number>();
  for (const row of rows) {
    const values = {
      organizationId: row.organizationId,
      title: row.title,
      startDate: row.startDate,
      endDate: row.endDate,
    };
    const before = row.id === null ? undefined : existing.get(row.id);
    if (!before) {
      tx.insert(positions)
        .values({ officialId, ...values, createdBy: actor.userId, updatedBy: actor.userId })
        .run();
      continue;
    }
    kept.add(before.id);
    const changed = (Object.keys(values) as Array<keyof typeof values>).some(
      (k) => values[k] !== before[k],
    );
    if (!changed) continue;
    tx.update(positions)
      .set({
        ...values,
        updatedAt: now,
        updatedBy: actor.userId,
        version: sql`${positions.version} + 1`,
      })
      .where(eq(positions.id, before.id))
      .run();
  }
  const gone = [...existing.keys()].filter((id) => !kept.has(id));
  if (gone.length) {
    tx.update(positions)
      .set({
        deletedAt: now,
        updatedAt: now,
        updatedBy: actor.userId,
        version: sql`${positions.version} + 1`,
      })
      .where(inArray(positions.id, gone))
      .run();
  }
}

/** Readable lines of an official's live positions, for the audit trail. */
export function positionLines(tx: DbOrTx, officialId: number): string[] {
  return tx
    .select({
      title: positions.title,
      startDate: positions.startDate,
      endDate: positions.endDate,
      organization: organizations.name,
    })
    .from(positions)
    .leftJoin(organizations, eq(organizations.id, positions.organizationId))
    .where(and(eq(positions.officialId, officialId), isNull(positions.deletedAt)))
    .orderBy(asc(positions.id))
    .all()
    .map((p) =>
      [
        p.title,
        p.organization && `— ${p.organization}`,
        `(${p.startDate ?? '…'}–${p.endDate ?? '…'})`,
      ]
        .filter(Boolean)
        .join(' '),
    );
}

/**
 * Soft-deletes positions that say the same thing twice (same official, organization, title
 * ignoring case, and dates), as a merge can leave them; the oldest row stays.
 */
export function dropDuplicatePositions(tx: DbOrTx, officialIds: readonly number[], actor: Actor) {
  if (!officialIds.length) return;
  const rows = tx
    .select()
    .from(positions)
    .where(and(inArray(positions.officialId, [...officialIds]), isNull(positions.deletedAt)))
    .orderBy(asc(positions.id))
    .all();
  const seen = new Set<string>();
  const duplicates: number[] = [];
  for (const p of rows) {
    const key = JSON.stringify([
      p.officialId,
      p.organizationId,
      foldText(p.title),
      p.startDate,
      p.endDate,
    ]);
    if (seen.has(key)) duplicates.push(p.id);
    seen.add(key);
  }
  if (!duplicates.length) return;
  const now = unixNow();
  tx.update(positions)
    .set({
      deletedAt: now,
      updatedAt: now,
      updatedBy: actor.userId,
      version: sql`${positions.version} + 1`,
    })
    .where(inArray(positions.id, duplicates))
    .run();
}
