import worldCountries from 'world-countries';
import { findPlaces } from './places';
import { NOT_NAME } from './lexicon';

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

const UNKNOWN_CITY =
  /\bin\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ -]\p{Lu}[\p{L}\p{M}'’-]+)?)(?=[\s,.;]|$)/gu;
const TOPIC_START =
  /\b(?:to discuss|discussed|to review|reviewed|focused|on the|about|regarding|concerning|situation)\b/;

/**
 * A city the lexicon does not know, where the clause says the meeting was: "met … in Cusco".
 * Only before the clause turns to what was discussed ("the situation in Gaza" is no venue).
 */
export function unknownCity(clause: string): string | null {
  const topic = TOPIC_START.exec(clause);
  const head = topic ? clause.slice(0, topic.index) : clause;
  UNKNOWN_CITY.lastIndex = 0;
  for (let m = UNKNOWN_CITY.exec(head); m; m = UNKNOWN_CITY.exec(head)) {
    const name = m[1]!;
    if (findPlaces(name).length || name.split(/[ -]/).some((w) => NOT_NAME.has(w))) continue;
    return name;
  }
  return null;
}
