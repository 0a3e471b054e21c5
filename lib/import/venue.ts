import worldCountries from 'world-countries';
import { findPlaces } from './places';

/** A city named in a text, with its country. */
export interface CityMention {
  city: string;
  code: string;
  index: number;
  /** "in Vienna", "in Austria's capital Vienna", "visit to Seoul": the city is where one is. */
  prepositional: boolean;
}

// Countries whose capital has their name: "in Luxembourg" is a city as much as a country.
const CITY_STATES = new Set(
  worldCountries.filter((c) => (c.capital ?? []).includes(c.name.common)).map((c) => c.name.common),
);

const PREPOSITION =
  /\b(?:in|at|visit to|visits to|arrived in|trip to)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Lu}[\p{L}-]*)['’]s\s+capital(?:\s+city)?,?\s+)?$/iu;

/** The cities of a text, left to right. */
export function findCities(text: string): CityMention[] {
  const out: CityMention[] = [];
  for (const p of findPlaces(text)) {
    const word = text.slice(p.start, p.end);
    if (p.kind !== 'city' && !CITY_STATES.has(word)) continue;
    out.push({
      city: p.city ?? word,
      code: p.code,
      index: p.start,
      prepositional: PREPOSITION.test(text.slice(Math.max(0, p.start - 60), p.start)),
    });
  }
  return out;
}

/** The countries a text places something in: "in Austria", "in Ghana". */
export function findCountriesIn(text: string): { code: string; index: number }[] {
  return findPlaces(text)
    .filter(
      (p) =>
        p.kind === 'country' &&
        /\bin\s+(?:the\s+)?$/.test(text.slice(Math.max(0, p.start - 10), p.start)),
    )
    .map((p) => ({ code: p.code, index: p.start }));
}
