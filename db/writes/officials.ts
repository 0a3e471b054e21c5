import { and, eq, isNull } from 'drizzle-orm';
import { isCountryCode } from '@/lib/countries';
import { searchKey, sortNameOf } from '@/lib/text';
import type { OfficialInput } from '@/lib/validation/entities';
import type { Db } from '../client';
import { DomainError } from '../errors';
import { officials, organizations, positions } from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';
import { insertOrganization } from './organizations';

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
    const fieldErrors: Record<string, string> = {};
    if (input.countryCode && !isCountryCode(input.countryCode)) {
      fieldErrors.countryCode = 'Choose a country from the list.';
    }
    if (input.organizationId !== null) {
      const org = tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.id, input.organizationId), isNull(organizations.deletedAt)))
        .get();
      if (!org) fieldErrors.organizationId = 'This organization no longer exists.';
    }
    if (Object.keys(fieldErrors).length) {
      throw new DomainError('invalid', 'Some fields need attention.', fieldErrors);
    }
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
