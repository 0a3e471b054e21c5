import { and, isNull } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import type { DbOrTx } from '../../client';
import { organizations } from '../../schema';
import { getOrganization } from '../organizations';
import { type KeysetOrder, afterCursor, orderTerms, toKeysetPage } from './keyset';

/** The public list's order: by name, then id. */
export const organizationOrder: KeysetOrder = {
  columns: [organizations.name, organizations.id],
  direction: 'asc',
};

/** One keyset page of live organizations by name, for the public read API. */
export async function listOrganizationsPage(
  db: DbOrTx,
  { limit, cursor }: { limit: number; cursor?: string | null },
) {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      acronym: organizations.acronym,
      kind: organizations.kind,
      countryCode: organizations.countryCode,
      parentId: organizations.parentId,
      website: organizations.website,
      aliases: organizations.aliases,
    })
    .from(organizations)
    .where(and(isNull(organizations.deletedAt), afterCursor(organizationOrder, cursor)))
    .orderBy(...orderTerms(organizationOrder))
    .limit(limit + 1);
  const page = toKeysetPage(rows, limit, (r) => [r.name, r.id]);
  return { organizations: page.items, nextCursor: page.nextCursor };
}

/**
 * A live organization with parent, sub-organizations, officials and meeting count, without the
 * internal search key; null if none.
 */
export async function getOrganizationForApi(db: DbOrTx, viewer: Viewer, id: number) {
  const organization = await getOrganization(db, viewer, id);
  if (!organization) return null;
  const { searchKey: _searchKey, mergedIntoId: _mergedIntoId, ...rest } = organization;
  return rest;
}
