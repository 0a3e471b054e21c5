import { and, eq, isNull } from 'drizzle-orm';
import { isCountryCode } from '@/lib/countries';
import { searchKey } from '@/lib/text';
import type { OrganizationInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../client';
import { DomainError } from '../errors';
import { organizations } from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';

/** Creates an organization. */
export async function createOrganization(
  db: Db,
  input: OrganizationInput,
  actor: Actor = systemActor,
): Promise<{ id: number }> {
  return db.transaction((tx) => ({ id: insertOrganization(tx, input, actor) }));
}

/** Inserts an organization inside the caller's transaction; bad references are field errors. */
export function insertOrganization(
  tx: DbOrTx,
  input: OrganizationInput,
  actor: Actor,
  fieldPrefix = '',
): number {
  const fieldErrors: Record<string, string> = {};
  if (input.countryCode && !isCountryCode(input.countryCode)) {
    fieldErrors[`${fieldPrefix}countryCode`] = 'Choose a country from the list.';
  }
  if (input.parentId !== null) {
    const parent = tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, input.parentId), isNull(organizations.deletedAt)))
      .get();
    if (!parent) fieldErrors[`${fieldPrefix}parentId`] = 'This organization no longer exists.';
  }
  if (Object.keys(fieldErrors).length) {
    throw new DomainError('invalid', 'Some fields need attention.', fieldErrors);
  }
  const values = {
    name: input.name,
    acronym: input.acronym,
    kind: input.kind,
    countryCode: input.kind === 'international' ? null : input.countryCode,
    parentId: input.parentId,
    website: input.website,
    aliases: input.aliases,
    searchKey: searchKey([input.name, input.acronym, ...input.aliases]),
  };
  const row = tx
    .insert(organizations)
    .values({ ...values, createdBy: actor.userId, updatedBy: actor.userId })
    .returning({ id: organizations.id })
    .get();
  recordAudit(tx, {
    actor,
    action: 'create',
    entityType: 'organization',
    entityId: row.id,
    before: null,
    after: values,
  });
  return row.id;
}
