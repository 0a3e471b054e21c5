import { type SQL, sql } from 'drizzle-orm';
import { countries } from '@/lib/countries';

/** `(?, ?, …)` for an IN list. */
export function inList(values: ReadonlyArray<string | number>): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/**
 * The ISO codes of the countries in any of these world-countries regions or subregions
 * ("Europe", "Central Asia"), matched ignoring case. Unknown names select no country.
 */
export function regionCountryCodes(regions: readonly string[]): string[] {
  const wanted = new Set(regions.map((r) => r.trim().toLowerCase()));
  return countries
    .filter((c) => wanted.has(c.region.toLowerCase()) || wanted.has(c.subregion.toLowerCase()))
    .map((c) => c.code);
}

/**
 * `select id` of these organizations or topics and every live one under them, at any depth
 * (like trees.ts, for several roots). UNION keeps a parent cycle from looping.
 */
export function subtreeOf(table: 'organizations' | 'topics', roots: readonly number[]): SQL {
  return sql`with recursive subtree(id) as (
      values ${sql.join(
        roots.map((r) => sql`(${r})`),
        sql`, `,
      )}
      union
      select c.id from ${sql.raw(table)} c join subtree on c.parent_id = subtree.id
      where c.deleted_at is null
    ) select id from subtree`;
}
