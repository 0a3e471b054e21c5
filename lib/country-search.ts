import { foldText } from '@/lib/text';

/** A country as client components receive it: ISO alpha-2 code and English name. */
export interface CountryOption {
  code: string;
  name: string;
}

/**
 * Countries matching what was typed, best first: names that start with it ("Aus" → Australia,
 * Austria), then names with a word that starts with it, then names that contain it; an exact
 * ISO code ("AT") comes first. Accents and case are ignored.
 */
export function searchCountries<C extends CountryOption>(
  countries: readonly C[],
  query: string,
): C[] {
  const q = foldText(query);
  if (!q) return [...countries];
  const ranked: Array<{ country: C; rank: number }> = [];
  for (const country of countries) {
    const name = foldText(country.name);
    let rank = -1;
    if (country.code.toLowerCase() === q) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (name.split(' ').some((word) => word.startsWith(q))) rank = 2;
    else if (name.includes(q)) rank = 3;
    if (rank >= 0) ranked.push({ country, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.country);
}
