import { and, eq, isNull } from 'drizzle-orm';
import { isCountryCode } from '@/lib/countries';
import type { EventInput } from '@/lib/validation/entities';
import type { Db } from '../client';
import { DomainError } from '../errors';
import { events, organizations } from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';

/** Creates an event (a session, summit or forum that meetings happen on the sidelines of). */
export async function createEvent(
  db: Db,
  input: EventInput,
  actor: Actor = systemActor,
): Promise<{ id: number }> {
  return db.transaction((tx) => {
    const fieldErrors: Record<string, string> = {};
    if (input.countryCode && !isCountryCode(input.countryCode)) {
      fieldErrors.countryCode = 'Choose a country from the list.';
    }
    if (input.organizerId !== null) {
      const organizer = tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.id, input.organizerId), isNull(organizations.deletedAt)))
        .get();
      if (!organizer) fieldErrors.organizerId = 'This organization no longer exists.';
    }
    if (Object.keys(fieldErrors).length) {
      throw new DomainError('invalid', 'Some fields need attention.', fieldErrors);
    }
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
