import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { isCountryCode } from '@/lib/countries';
import type { FieldErrors } from '@/lib/validation/common';
import type { DbOrTx } from '../client';
import { DomainError, notFound } from '../errors';
import type { events, officials, organizations, topics } from '../schema';
import { type Actor, recordAudit } from './audit';
import { treeIds } from '../sql/tree';

/** The records people edit outside meetings, with their table and how an error names them. */
export const entityTables = {
  official: { table: 'officials', label: 'The official' },
  organization: { table: 'organizations', label: 'The organization' },
  topic: { table: 'topics', label: 'The topic' },
  event: { table: 'events', label: 'The event' },
} as const;

export type EntityKind = keyof typeof entityTables;

/** Seconds since 1970, as every `*_at` column holds them. */
export const unixNow = () => Math.floor(Date.now() / 1000);

/** Throws the field errors collected so far, if any, as one 400. */
export function throwIfInvalid(fieldErrors: FieldErrors): void {
  if (Object.keys(fieldErrors).length) {
    throw new DomainError('invalid', 'Some fields need attention.', fieldErrors);
  }
}

/** Adds a field error when `code` is set but names no country. */
export function checkCountry(fieldErrors: FieldErrors, code: string | null, field = 'countryCode') {
  if (code && !isCountryCode(code)) fieldErrors[field] = 'Choose a country from the list.';
}

/**
 * The error for an update that matched no row: the record is gone (404), or someone saved it
 * since the editor loaded it (409).
 */
export function staleOrMissing(tx: DbOrTx, kind: EntityKind, id: number): DomainError {
  const { table, label } = entityTables[kind];
  const row = tx.get<{ deleted: number } | undefined>(
    sql`select deleted_at is not null as deleted from ${sql.identifier(table)} where id = ${id}`,
  );
  if (!row || row.deleted) return notFound(label);
  return new DomainError(
    'conflict',
    `Someone else saved this ${kind} while you were editing it. Reload to see their changes; what you typed is still here.`,
  );
}

/**
 * Soft-deletes a record: it leaves lists and type-aheads but stays in the database, with its
 * links, and can be restored. Meetings that name it keep naming it.
 */
export function softDelete(tx: DbOrTx, kind: EntityKind, id: number, actor: Actor): void {
  const { table, label } = entityTables[kind];
  const now = unixNow();
  const row = tx.get<{ id: number } | undefined>(sql`
    update ${sql.identifier(table)}
    set deleted_at = ${now}, updated_at = ${now}, updated_by = ${actor.userId},
      version = version + 1
    where id = ${id} and deleted_at is null
    returning id`);
  if (!row) throw notFound(label);
  recordAudit(tx, {
    actor,
    action: 'delete',
    entityType: kind,
    entityId: id,
    before: { deletedAt: null },
    after: { deletedAt: now },
  });
}

/** Brings a soft-deleted record back; one merged into another stays merged (404). */
export function restore(tx: DbOrTx, kind: EntityKind, id: number, actor: Actor): void {
  const { table, label } = entityTables[kind];
  const merged = kind === 'event' ? sql`` : sql` and merged_into_id is null`;
  const row = tx.get<{ id: number } | undefined>(sql`
    update ${sql.identifier(table)}
    set deleted_at = null, updated_at = ${unixNow()}, updated_by = ${actor.userId},
      version = version + 1
    where id = ${id} and deleted_at is not null${merged}
    returning id`);
  if (!row) throw notFound(`${label} to restore`);
  recordAudit(tx, {
    actor,
    action: 'restore',
    entityType: kind,
    entityId: id,
    before: { deleted: true },
    after: { deleted: false },
  });
}

/** Whether `ancestorId` is `id` itself or above it, following `parent_id` (deleted rows too). */
export function isSelfOrAncestor(
  tx: DbOrTx,
  table: 'organizations' | 'topics',
  id: number,
  ancestorId: number,
): boolean {
  const up = treeIds(table, { direction: 'up', from: [id], liveOnly: false });
  const row = tx.get<{ found: number } | undefined>(sql`
    select 1 as found from (${up}) where id = ${ancestorId}`);
  return Boolean(row);
}

/** The tables of the records people edit outside meetings (entityTables), as drizzle has them. */
type EditableTable = typeof officials | typeof organizations | typeof topics | typeof events;

/** What one save of an edit form changes, for updateVersioned. */
export interface VersionedSave<T extends EditableTable> {
  kind: EntityKind;
  table: T;
  id: number;
  /** The version the editor loaded: a newer one means someone saved meanwhile (409). */
  expectedVersion: number;
  actor: Actor;
  /** The record as its audit entry shows it, before and after the save. */
  snapshot: (tx: DbOrTx, id: number) => Record<string, unknown> | null;
  /** The columns to write, from the record as it was. */
  values: (before: Record<string, unknown>) => Partial<T['$inferInsert']>;
  /** Writes that follow the row's (positions, old addresses, the search index). */
  then?: (before: Record<string, unknown>, written: Partial<T['$inferInsert']>) => void;
}

/**
 * Saves an edited record: writes its columns if it is live and still at the version the editor
 * loaded, bumps the version and stamps who and when, runs the writes that follow, and records
 * the change in the audit trail. A record gone is a 404, one saved meanwhile a 409
 * (staleOrMissing).
 */
export function updateVersioned<T extends EditableTable>(
  tx: DbOrTx,
  save: VersionedSave<T>,
): { id: number; version: number } {
  const { kind, table, id, actor, snapshot } = save;
  const before = snapshot(tx, id);
  const written = before && save.values(before);
  const row =
    before &&
    tx
      .update(table)
      // The columns every editable table has; TypeScript cannot see them through the generic.
      .set({
        ...written,
        updatedAt: unixNow(),
        updatedBy: actor.userId,
        version: sql`${table.version} + 1`,
      } as SQLiteUpdateSetSource<T>)
      .where(
        and(eq(table.id, id), eq(table.version, save.expectedVersion), isNull(table.deletedAt)),
      )
      .returning({ id: table.id, version: table.version })
      .get();
  if (!row || !before || !written) throw staleOrMissing(tx, kind, id);
  save.then?.(before, written);
  recordAudit(tx, {
    actor,
    action: 'update',
    entityType: kind,
    entityId: id,
    before,
    after: snapshot(tx, id),
  });
  return row;
}
