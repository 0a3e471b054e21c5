import { and, eq, isNull } from 'drizzle-orm';
import type { FieldErrors } from '@/lib/validation/common';
import type { EventInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../client';
import { events, organizations } from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';
import { checkCountry, restore, softDelete, throwIfInvalid, updateVersioned } from './lifecycle';

function checkEvent(tx: DbOrTx, input: EventInput): void {
  const fieldErrors: FieldErrors = {};
  checkCountry(fieldErrors, input.countryCode);
  if (input.organizerId !== null) {
    const organizer = tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, input.organizerId), isNull(organizations.deletedAt)))
      .get();
    if (!organizer) fieldErrors.organizerId = 'This organization no longer exists.';
  }
  throwIfInvalid(fieldErrors);
}

/** Creates an event (a session, summit or forum that meetings happen on the sidelines of). */
export async function createEvent(
  db: Db,
  input: EventInput,
  actor: Actor = systemActor,
): Promise<{ id: number }> {
  return db.transaction((tx) => {
    checkEvent(tx, input);
    const row = tx
      .insert(events)
      .values({ ...input, createdBy: actor.userId, updatedBy: actor.userId })
      .returning({ id: events.id })
      .get();
    recordAudit(tx, {
      actor,
      action: 'create',
      entityType: 'event',
      entityId: row.id,
      before: null,
      after: input,
    });
    return { id: row.id };
  });
}

/** An event as the audit trail compares it. */
function eventSnapshot(tx: DbOrTx, id: number): Record<string, unknown> | null {
  const e = tx.select().from(events).where(eq(events.id, id)).get();
  if (!e) return null;
  const { name, startDate, endDate, city, countryCode, venue, organizerId, description } = e;
  return { name, startDate, endDate, city, countryCode, venue, organizerId, description };
}

/** Saves an event's form; `expectedVersion` is the version the editor loaded (409 if stale). */
export async function updateEvent(
  db: Db,
  id: number,
  input: EventInput,
  expectedVersion: number,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return db.transaction((tx) => {
    checkEvent(tx, input);
    return updateVersioned(tx, {
      kind: 'event',
      table: events,
      id,
      expectedVersion,
      actor,
      snapshot: eventSnapshot,
      values: () => input,
    });
  });
}

/** Soft-deletes an event: it leaves lists and the meeting form; its meetings keep it. */
export async function deleteEvent(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => softDelete(tx, 'event', id, actor));
}

/** Brings a soft-deleted event back. */
export async function restoreEvent(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => restore(tx, 'event', id, actor));
}
