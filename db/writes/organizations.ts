import { and, eq, isNull, sql } from 'drizzle-orm';
import { searchKey } from '@/lib/text';
import type { FieldErrors } from '@/lib/validation/common';
import type { OrganizationInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../client';
import { organizations, participants } from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';
import {
  checkCountry,
  isSelfOrAncestor,
  restore,
  softDelete,
  throwIfInvalid,
  updateVersioned,
} from './lifecycle';
import { reindexMeetingsIn } from './search-index';

/** Creates an organization. */
export async function createOrganization(
  db: Db,
  input: OrganizationInput,
  actor: Actor = systemActor,
): Promise<{ id: number }> {
  return db.transaction((tx) => ({ id: insertOrganization(tx, input, actor) }));
}

/**
 * Field errors for an organization's references: an unknown country, a parent that is gone, or
 * (when editing `id`) a parent under the organization itself, which would make a loop.
 */
function checkOrganization(
  tx: DbOrTx,
  id: number | null,
  input: OrganizationInput,
  fieldPrefix = '',
): void {
  const fieldErrors: FieldErrors = {};
  checkCountry(fieldErrors, input.countryCode, `${fieldPrefix}countryCode`);
  if (input.parentId !== null) {
    const parent = tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, input.parentId), isNull(organizations.deletedAt)))
      .get();
    if (!parent) fieldErrors[`${fieldPrefix}parentId`] = 'This organization no longer exists.';
    else if (id !== null && isSelfOrAncestor(tx, 'organizations', input.parentId, id)) {
      fieldErrors[`${fieldPrefix}parentId`] =
        input.parentId === id
          ? 'An organization cannot be its own parent.'
          : 'This organization sits under the one you are editing: choose one above or beside it.';
    }
  }
  throwIfInvalid(fieldErrors);
}

function organizationColumns(input: OrganizationInput) {
  return {
    name: input.name,
    acronym: input.acronym,
    kind: input.kind,
    countryCode: input.kind === 'international' ? null : input.countryCode,
    parentId: input.parentId,
    website: input.website,
    aliases: input.aliases,
    searchKey: searchKey([input.name, input.acronym, ...input.aliases]),
  };
}

/** Inserts an organization inside the caller's transaction; bad references are field errors. */
export function insertOrganization(
  tx: DbOrTx,
  input: OrganizationInput,
  actor: Actor,
  fieldPrefix = '',
): number {
  checkOrganization(tx, null, input, fieldPrefix);
  const values = organizationColumns(input);
  const row = tx
    .insert(organizations)
    .values({ ...values, createdBy: actor.userId, updatedBy: actor.userId })
    .returning({ id: organizations.id })
    .get();
  const { searchKey: _key, ...after } = values;
  recordAudit(tx, {
    actor,
    action: 'create',
    entityType: 'organization',
    entityId: row.id,
    before: null,
    after,
  });
  return row.id;
}

/** An organization as the audit trail compares it. */
export function organizationSnapshot(tx: DbOrTx, id: number): Record<string, unknown> | null {
  const o = tx.select().from(organizations).where(eq(organizations.id, id)).get();
  if (!o) return null;
  const { name, acronym, kind, countryCode, parentId, website, aliases } = o;
  return { name, acronym, kind, countryCode, parentId, website, aliases };
}

/**
 * Saves an organization's form. `expectedVersion` is the version the editor loaded (409 when
 * someone saved since). A parent under the organization itself is refused. A new name or
 * acronym is written into the search rows of the meetings it took part in.
 */
export async function updateOrganization(
  db: Db,
  id: number,
  input: OrganizationInput,
  expectedVersion: number,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return db.transaction((tx) => {
    checkOrganization(tx, id, input);
    return updateVersioned(tx, {
      kind: 'organization',
      table: organizations,
      id,
      expectedVersion,
      actor,
      snapshot: organizationSnapshot,
      values: () => organizationColumns(input),
      then: (before) => {
        if (before.name !== input.name || before.acronym !== input.acronym) {
          reindexMeetingsOfOrganization(tx, id);
        }
      },
    });
  });
}

/** Rewrites the search rows of every meeting in which the organization took part. */
export function reindexMeetingsOfOrganization(tx: DbOrTx, organizationId: number): void {
  reindexMeetingsIn(
    tx,
    sql`select ${participants.meetingId} from ${participants} where ${participants.organizationId} = ${organizationId}`,
  );
}

/** Soft-deletes an organization: gone from lists and type-aheads, kept where it is named. */
export async function deleteOrganization(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => softDelete(tx, 'organization', id, actor));
}

/** Brings a soft-deleted organization back. */
export async function restoreOrganization(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => restore(tx, 'organization', id, actor));
}
