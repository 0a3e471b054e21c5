import { and, eq, isNull, sql } from 'drizzle-orm';
import { searchKey, sortNameOf } from '@/lib/text';
import type { FieldErrors } from '@/lib/validation/common';
import type { OfficialInput, OfficialRecordInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../client';
import { officials, organizations, participants, positions } from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';
import { checkCountry, restore, softDelete, throwIfInvalid, updateVersioned } from './lifecycle';
import { insertOrganization } from './organizations';
import { checkPositions, positionLines, syncPositions } from './positions';
import { reindexMeetingsIn } from './search-index';

/**
 * Creates an official with their current position, and the position's organization when it is
 * new, in one transaction (as the meeting form's "New official" does).
 */
export async function createOfficial(
  db: Db,
  input: OfficialInput,
  actor: Actor = systemActor,
): Promise<{ id: number; organizationId: number | null }> {
  return db.transaction((tx) => {
    const fieldErrors: FieldErrors = {};
    checkCountry(fieldErrors, input.countryCode);
    if (input.organizationId !== null) {
      const org = tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.id, input.organizationId), isNull(organizations.deletedAt)))
        .get();
      if (!org) fieldErrors.organizationId = 'This organization no longer exists.';
    }
    throwIfInvalid(fieldErrors);
    const organizationId = input.newOrganization
      ? insertOrganization(tx, input.newOrganization, actor, 'newOrganization.')
      : input.organizationId;
    const values = {
      displayName: input.displayName,
      sortName: sortNameOf(input.displayName),
      aliases: input.aliases,
      countryCode: input.countryCode,
      notes: input.notes,
      searchKey: searchKey([input.displayName, ...input.aliases]),
    };
    const row = tx
      .insert(officials)
      .values({ ...values, createdBy: actor.userId, updatedBy: actor.userId })
      .returning({ id: officials.id })
      .get();
    if (input.title || organizationId) {
      tx.insert(positions)
        .values({
          officialId: row.id,
          organizationId,
          title: input.title ?? '',
          startDate: input.positionStart,
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })
        .run();
    }
    recordAudit(tx, {
      actor,
      action: 'create',
      entityType: 'official',
      entityId: row.id,
      before: null,
      after: { ...values, position: { organizationId, title: input.title } },
    });
    return { id: row.id, organizationId };
  });
}

/** The columns an official's form sets. */
function officialColumns(input: OfficialRecordInput) {
  return {
    displayName: input.displayName,
    sortName: input.sortName ?? sortNameOf(input.displayName),
    aliases: input.aliases,
    countryCode: input.countryCode,
    notes: input.notes,
    wikidataId: input.wikidataId,
    searchKey: searchKey([input.displayName, ...input.aliases]),
  };
}

/** An official as the audit trail compares it: fields and positions as readable lines. */
export function officialSnapshot(tx: DbOrTx, id: number): Record<string, unknown> | null {
  const o = tx.select().from(officials).where(eq(officials.id, id)).get();
  if (!o) return null;
  const { displayName, sortName, aliases, countryCode, notes, wikidataId } = o;
  return {
    displayName,
    sortName,
    aliases,
    countryCode,
    notes,
    wikidataId,
    positions: positionLines(tx, id),
  };
}

function checkOfficial(tx: DbOrTx, id: number | null, input: OfficialRecordInput): void {
  const fieldErrors: FieldErrors = {};
  checkCountry(fieldErrors, input.countryCode);
  checkPositions(tx, id, input.positions, fieldErrors);
  throwIfInvalid(fieldErrors);
}

/** Creates an official from the officials screen, with every position listed. */
export async function createOfficialRecord(
  db: Db,
  input: OfficialRecordInput,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return db.transaction((tx) => {
    checkOfficial(tx, null, input);
    const row = tx
      .insert(officials)
      .values({ ...officialColumns(input), createdBy: actor.userId, updatedBy: actor.userId })
      .returning({ id: officials.id, version: officials.version })
      .get();
    syncPositions(tx, row.id, input.positions, actor);
    recordAudit(tx, {
      actor,
      action: 'create',
      entityType: 'official',
      entityId: row.id,
      before: null,
      after: officialSnapshot(tx, row.id),
    });
    return row;
  });
}

/**
 * Saves an official's form: fields, aliases and positions. `expectedVersion` is the version the
 * editor loaded; a newer one means someone saved in between (409). A new name or alias is
 * written into the search rows of the official's meetings.
 */
export async function updateOfficial(
  db: Db,
  id: number,
  input: OfficialRecordInput,
  expectedVersion: number,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return db.transaction((tx) => {
    checkOfficial(tx, id, input);
    return updateVersioned(tx, {
      kind: 'official',
      table: officials,
      id,
      expectedVersion,
      actor,
      snapshot: officialSnapshot,
      values: () => officialColumns(input),
      then: (before) => {
        syncPositions(tx, id, input.positions, actor);
        const renamed =
          JSON.stringify([before.displayName, before.aliases]) !==
          JSON.stringify([input.displayName, input.aliases]);
        if (renamed) reindexMeetingsOfOfficial(tx, id);
      },
    });
  });
}

/** Rewrites the search rows of every meeting the official took part in. */
export function reindexMeetingsOfOfficial(tx: DbOrTx, officialId: number): void {
  reindexMeetingsIn(
    tx,
    sql`select ${participants.meetingId} from ${participants} where ${participants.officialId} = ${officialId}`,
  );
}

/** Soft-deletes an official: gone from lists and type-aheads, kept in their meetings. */
export async function deleteOfficial(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => softDelete(tx, 'official', id, actor));
}

/** Brings a soft-deleted official back. */
export async function restoreOfficial(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => restore(tx, 'official', id, actor));
}
