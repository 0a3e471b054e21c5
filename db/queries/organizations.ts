import { and, asc, isNull } from 'drizzle-orm';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../client';
import { organizations } from '../schema';
import { containsWord } from './sql';

/** Organizations whose name, acronym or an alias contains every word of `query`. */
export async function searchOrganizations(db: DbOrTx, query: string, limit = 10) {
  const words = foldText(query).split(' ').filter(Boolean);
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      acronym: organizations.acronym,
      kind: organizations.kind,
      countryCode: organizations.countryCode,
    })
    .from(organizations)
    .where(
      and(
        isNull(organizations.deletedAt),
        ...words.map((w) => containsWord(organizations.searchKey, w)),
      ),
    )
    .orderBy(asc(organizations.name))
    .limit(limit);
}
