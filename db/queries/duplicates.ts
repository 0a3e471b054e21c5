import { and, isNull, ne, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import {
  type DuplicateMatch,
  likelyDuplicates,
  matchOrganization,
  matchPerson,
} from '@/lib/duplicates';
import { acronymKey, initialsOf, looksLikeAcronym, personWords } from '@/lib/name-keys';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../client';
import { officials, organizations } from '../schema';
import { positionsOn } from './officials';
import type { OfficialDuplicate, OrganizationDuplicate } from '@/lib/domain/directory';
export type { OfficialDuplicate, OrganizationDuplicate } from '@/lib/domain/directory';

/** Stored rows looked at per check: far more than a name ever shares its fragments with. */
const CANDIDATES = 300;

/**
 * Fragments of each word to look for in the search keys: a short word itself, else its first
 * three and last four letters, so a transliteration that differs at one end ("Chavushoglu" /
 * "Cavusoglu") or in the middle still shares a fragment with the stored name.
 */
export function nameFragments(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    if (word.length < 2) continue;
    if (word.length <= 4) out.add(word);
    else {
      out.add(word.slice(0, 3));
      out.add(word.slice(-4));
    }
  }
  return [...out];
}

/** `count of fragments the key contains` as SQL, to rank candidates: 0 means none. */
function fragmentHits(key: SQLWrapper, fragments: readonly string[]): SQL {
  if (!fragments.length) return sql`0`;
  return sql.join(
    fragments.map((f) => sql`(instr(${key}, ${f}) > 0)`),
    sql` + `,
  );
}

const round = (match: DuplicateMatch) => ({ ...match, score: Math.round(match.score * 100) / 100 });

export interface PersonQuery {
  name: string;
  aliases?: readonly string[];
  countryCode?: string | null;
  /** The official being edited, never their own duplicate. */
  excludeId?: number | null;
}

export interface OfficialQuery extends PersonQuery {
  /** Give each candidate the position held on this day (else their latest). */
  onDate?: string | null;
}

/**
 * Live officials who may be the person typed (name, aliases, country): stored rows sharing a
 * name fragment, scored by lib/duplicates.ts; the likely ones, best first, each with the
 * position held on `onDate` (else their latest), so namesakes can be told apart.
 */
export async function findOfficialDuplicates(
  db: DbOrTx,
  query: OfficialQuery,
  limit = 5,
): Promise<OfficialDuplicate[]> {
  const words = [query.name, ...(query.aliases ?? [])].flatMap(personWords);
  const fragments = nameFragments(words);
  if (!fragments.length) return [];
  const hits = fragmentHits(officials.searchKey, fragments);
  const rows = await db
    .select({
      id: officials.id,
      displayName: officials.displayName,
      aliases: officials.aliases,
      countryCode: officials.countryCode,
    })
    .from(officials)
    .where(
      and(
        isNull(officials.deletedAt),
        query.excludeId ? ne(officials.id, query.excludeId) : undefined,
        sql`(${hits}) > 0`,
      ),
    )
    .orderBy(sql`(${hits}) desc`)
    .limit(CANDIDATES);
  const typed = { name: query.name, aliases: query.aliases, countryCode: query.countryCode };
  const likely = likelyDuplicates(
    rows.map((r) => ({
      ...r,
      match: matchPerson(typed, {
        name: r.displayName,
        aliases: r.aliases,
        countryCode: r.countryCode,
      }),
    })),
    limit,
  );
  const held = await positionsOn(
    db,
    likely.map((r) => r.id),
    query.onDate ?? null,
  );
  return likely.map(({ match, ...r }) => {
    const p = held.get(r.id);
    return {
      ...r,
      title: p?.title || null,
      organizationId: p?.organizationId ?? null,
      organizationName: p?.organizationName ?? null,
      organizationCountryCode: p?.organizationCountryCode ?? null,
      ...round(match),
    };
  });
}

export interface OrganizationQuery extends PersonQuery {
  acronym?: string | null;
}

/** Exact lines of the search key (a stored name, acronym or alias equal to `key`). */
function lineIs(key: string): SQL {
  return sql`instr(char(10) || ${organizations.searchKey} || char(10), ${`\n${key}\n`}) > 0`;
}

/**
 * Live organizations that may be the one typed: by name fragments, by an acronym equal to the
 * typed one or to its initials, and (for an acronym typed) by names starting with its first
 * letter, whose initials lib/duplicates.ts then compares. Likely ones first.
 */
export async function findOrganizationDuplicates(
  db: DbOrTx,
  query: OrganizationQuery,
  limit = 5,
): Promise<OrganizationDuplicate[]> {
  const names = [query.name, ...(query.aliases ?? [])].filter((n) => n.trim());
  const fragments = nameFragments(names.flatMap((n) => foldText(n).split(' ')));
  const acronyms = [query.acronym ?? '', ...names.filter(looksLikeAcronym)]
    .map(acronymKey)
    .filter((a) => a.length >= 2);
  const exact = [...acronyms, ...names.map(initialsOf).filter((i): i is string => i !== null)];
  const hits = sql`${fragmentHits(organizations.searchKey, fragments)} + ${
    exact.length
      ? sql.join(
          exact.map((k) => sql`3 * (${lineIs(k)})`),
          sql` + `,
        )
      : sql`0`
  } + ${
    acronyms.length
      ? sql.join(
          [...new Set(acronyms.map((a) => a[0]))].map(
            (letter) => sql`(instr(char(10) || ${organizations.searchKey}, ${`\n${letter}`}) > 0)`,
          ),
          sql` + `,
        )
      : sql`0`
  }`;
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      acronym: organizations.acronym,
      aliases: organizations.aliases,
      kind: organizations.kind,
      countryCode: organizations.countryCode,
    })
    .from(organizations)
    .where(
      and(
        isNull(organizations.deletedAt),
        query.excludeId ? ne(organizations.id, query.excludeId) : undefined,
        sql`(${hits}) > 0`,
      ),
    )
    .orderBy(sql`(${hits}) desc`)
    .limit(CANDIDATES);
  const typed = { ...query, aliases: query.aliases ?? [] };
  return likelyDuplicates(
    rows.map((r) => ({ ...r, match: matchOrganization(typed, r) })),
    limit,
  ).map(({ match, ...r }) => ({ ...r, ...round(match) }));
}
