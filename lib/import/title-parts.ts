import { INTERNATIONAL } from './lexicon';
import { findPlaces } from './places';
import worldCountries from 'world-countries';

/** What the words around a name say about its bearer. */
export interface TitleInfo {
  title: string | null;
  organization: string | null;
  countryCode: string | null;
  international: boolean;
  /** The context names an office (or a country, in "of Romania, Andrei Popescu"). */
  titled: boolean;
  honorific: boolean;
}

const COUNTRY_NAME = new Map(worldCountries.map((c) => [c.cca2, c.name.common]));
const ORG_WORDS =
  /\b(?:Ministry|Department|Office|Organi[sz]ation|Union|Nations|Council|Commission|Agency|Fund|Bank|Secretariat|Parliament|Assembly|Service|Government|Presidency|Embassy|Alliance|Community|Court|Committee|Forum|Programme|Institute)\b/;

/** Splits a title span into title, organization and country. */
export function parseTitle(span: string): TitleInfo {
  // A city names a person's country ("Mayor of Thessaloniki"), not an organization's seat
  // ("the United Nations Office at Geneva").
  const places = findPlaces(span);
  const place =
    places.find((p) => p.kind !== 'city') ?? (INTERNATIONAL.test(span) ? undefined : places[0]);
  let title = span
    .replace(/^(?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)\s+/, '')
    .replace(/^(?:the\s+)?\S+(?:['’]s)\s+/u, '');
  let organization: string | null = null;
  const acronym = /^((?:\p{Lu}{2,}|\p{Lu}+\d+)(?:\s\p{Lu}{2,})?)\s+(?=\p{Lu})/u.exec(title);
  if (acronym && !place) {
    organization = acronym[1]!;
    title = title.slice(acronym[0].length);
  }
  if (place && title.startsWith(span.slice(place.start, place.end)))
    title = title.slice(place.end - place.start).trim();
  title = stripCountry(title);
  const of = /\s+of\s+(?:the\s+)?(.+)$/.exec(title);
  if (of && (ORG_WORDS.test(of[1]!) || /^\p{Lu}{2,}$/u.test(of[1]!))) {
    organization = of[1]!;
    title = title.slice(0, of.index);
  }
  const international =
    !place &&
    (INTERNATIONAL.test(span) ||
      /-General|General$|High Commissioner|Executive (?:Director|Secretary)/.test(span));
  const countryCode = place?.code ?? null;
  if (!organization && /\bMinister\b/.test(title)) organization = ministry(title, countryCode);
  return {
    title: title.trim() || null,
    organization,
    countryCode,
    international,
    titled: true,
    honorific: false,
  };
}

const STATE_WORDS =
  /\b(?:Republic|Kingdom|Federal|Federative|Democratic|Islamic|People['’]s|Socialist|United|State|Grand Duchy|Principality|Sultanate|of|the)\b/g;

/** "Minister of Foreign Affairs of the Republic of Türkiye" → "Minister of Foreign Affairs". */
function stripCountry(title: string): string {
  const of = / of /g;
  for (let m = of.exec(title); m; m = of.exec(title)) {
    const rest = title.slice(m.index + 4);
    const places = findPlaces(rest);
    if (!places.length) continue;
    let leftover = rest;
    for (const p of [...places].reverse())
      leftover = leftover.slice(0, p.start) + leftover.slice(p.end);
    if (!leftover.replace(STATE_WORDS, '').replace(/[\s,]+/g, '')) return title.slice(0, m.index);
  }
  return title;
}

function ministry(title: string, code: string | null): string | null {
  const m = /Minister\s+((?:of|for)\s+.+)$/.exec(title);
  const country = code ? COUNTRY_NAME.get(code) : undefined;
  const base = m
    ? `Ministry ${m[1]}`
    : /Foreign Minister/.test(title)
      ? 'Ministry of Foreign Affairs'
      : null;
  if (!base) return null;
  return country ? `${base} of ${country}` : base;
}
