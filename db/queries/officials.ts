import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../client';
import { officials, organizations, positions } from '../schema';
import { containsWord } from './sql';
import type { OfficialSuggestion } from '@/lib/domain/directory';
export type { OfficialSuggestion } from '@/lib/domain/directory';

/**
 * Officials whose name or an alias contains every word of `query` (case and accents ignored),
 * each with the position current on `onDate`, so namesakes can be told apart.
 */
export async function searchOfficials(
  db: DbOrTx,
  query: string,
  { onDate, limit = 10 }: { onDate?: string | null; limit?: number } = {},
): Promise<OfficialSuggestion[]> {
  const words = foldText(query).split(' ').filter(Boolean);
  const rows = await db
    .select({
      id: officials.id,
      displayName: officials.displayName,
      aliases: officials.aliases,
      countryCode: officials.countryCode,
    })
    .from(officials)
    .where(
      and(isNull(officials.deletedAt), ...words.map((w) => containsWord(officials.searchKey, w))),
    )
    .orderBy(asc(officials.sortName))
    .limit(limit);
  const current = await positionsOn(
    db,
    rows.map((r) => r.id),
    onDate ?? null,
  );
  return rows.map((r) => {
    const p = current.get(r.id);
    return {
      ...r,
      title: p?.title || null,
      organizationId: p?.organizationId ?? null,
      organizationName: p?.organizationName ?? null,
      organizationAcronym: p?.organizationAcronym ?? null,
      organizationCountryCode: p?.organizationCountryCode ?? null,
    };
  });
}

/**
 * For each official, the position current on `onDate` (started on or before it, not ended
 * before it); without a date, or when none was current, the most recently started one.
 */
export async function positionsOn(db: DbOrTx, officialIds: number[], onDate: string | null) {
  const map = new Map<
    number,
    {
      title: string;
      organizationId: number | null;
      organizationName: string | null;
      organizationAcronym: string | null;
      organizationCountryCode: string | null;
    }
  >();
  if (!officialIds.length) return map;
  const rows = await db
    .select({
      officialId: positions.officialId,
      title: positions.title,
      startDate: positions.startDate,
      endDate: positions.endDate,
      organizationId: positions.organizationId,
      organizationName: organizations.name,
      organizationAcronym: organizations.acronym,
      organizationCountryCode: organizations.countryCode,
    })
    .from(positions)
    .leftJoin(organizations, eq(organizations.id, positions.organizationId))
    .where(and(inArray(positions.officialId, officialIds), isNull(positions.deletedAt)))
    .orderBy(sql`coalesce(${positions.startDate}, '0000') desc`, sql`${positions.id} desc`);
  const isCurrent = (r: (typeof rows)[number]) =>
    onDate !== null &&
    (r.startDate === null || r.startDate <= onDate) &&
    (r.endDate === null || r.endDate >= onDate);
  for (const id of officialIds) {
    const held = rows.filter((r) => r.officialId === id);
    const chosen = held.find(isCurrent) ?? held[0];
    if (chosen) map.set(id, chosen);
  }
  return map;
}

/** A live official with every position they held (newest first), or null. */
export async function getOfficial(db: DbOrTx, id: number) {
  const [official] = await db
    .select()
    .from(officials)
    .where(and(eq(officials.id, id), isNull(officials.deletedAt)));
  if (!official) return null;
  const held = await db
    .select({
      id: positions.id,
      title: positions.title,
      startDate: positions.startDate,
      endDate: positions.endDate,
      organizationId: positions.organizationId,
      organizationName: organizations.name,
      organizationAcronym: organizations.acronym,
    })
    .from(positions)
    .leftJoin(organizations, eq(organizations.id, positions.organizationId))
    .where(and(eq(positions.officialId, id), isNull(positions.deletedAt)))
    .orderBy(sql`coalesce(${positions.startDate}, '0000') desc`, desc(positions.id));
  return { ...official, positions: held };
}

export type OfficialDetail = NonNullable<Awaited<ReturnType<typeof getOfficial>>>;
