import { and, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client';
import { officials } from '../../schema';
import { getOfficial, positionsOn } from '../officials';
import { type KeysetOrder, afterCursor, orderTerms, toKeysetPage } from './keyset';

/** The public list's order: by sort name ("Umarov, Kairat"), then id for namesakes. */
export const officialOrder: KeysetOrder = {
  columns: [officials.sortName, officials.id],
  direction: 'asc',
};

/**
 * One keyset page of live officials by sort name, each with the position current on `onDate`
 * (else their latest), for the public read API.
 */
export async function listOfficialsPage(
  db: DbOrTx,
  { limit, cursor, onDate }: { limit: number; cursor?: string | null; onDate?: string | null },
) {
  const rows = await db
    .select({
      id: officials.id,
      displayName: officials.displayName,
      sortName: officials.sortName,
      aliases: officials.aliases,
      countryCode: officials.countryCode,
      wikidataId: officials.wikidataId,
    })
    .from(officials)
    .where(and(isNull(officials.deletedAt), afterCursor(officialOrder, cursor)))
    .orderBy(...orderTerms(officialOrder))
    .limit(limit + 1);
  const page = toKeysetPage(rows, limit, (r) => [r.sortName, r.id]);
  const current = await positionsOn(
    db,
    page.items.map((r) => r.id),
    onDate ?? null,
  );
  return {
    officials: page.items.map((r) => {
      const p = current.get(r.id);
      return {
        ...r,
        title: p?.title || null,
        organizationId: p?.organizationId ?? null,
        organizationName: p?.organizationName ?? null,
        organizationAcronym: p?.organizationAcronym ?? null,
        organizationCountryCode: p?.organizationCountryCode ?? null,
      };
    }),
    nextCursor: page.nextCursor,
  };
}

/** A live official with their positions, without the internal search key; null if none. */
export async function getOfficialForApi(db: DbOrTx, id: number) {
  const official = await getOfficial(db, id);
  if (!official) return null;
  const { searchKey: _searchKey, mergedIntoId: _mergedIntoId, ...rest } = official;
  return rest;
}
