import worldCountries from 'world-countries';

/** A country as Parley shows it: ISO 3166-1 alpha-2 code, common English name, UN region. */
export interface Country {
  code: string;
  name: string;
  region: string;
  subregion: string;
}

/**
 * Every country and territory with an ISO code, sorted by name. Server-side only in practice:
 * the package's JSON is large, so client components receive this trimmed list as props.
 */
export const countries: readonly Country[] = worldCountries
  .map((c) => ({ code: c.cca2, name: c.name.common, region: c.region, subregion: c.subregion }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const byCode = new Map(countries.map((c) => [c.code, c]));

/** The country for an ISO alpha-2 code, or undefined for an unknown code. */
export function getCountry(code: string | null | undefined): Country | undefined {
  return code ? byCode.get(code.toUpperCase()) : undefined;
}

/** The country's common name, the code itself when unknown, or '' for none. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  return getCountry(code)?.name ?? code;
}

export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}
