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
