import { FUNCTION_WORDS, INTERNATIONAL, TITLE_HEADS } from './lexicon';
import { findPlaces } from './places';
import { isHonorific, isTitleWord, LOWER_TITLES, type NameRun, type Token } from './tokens';
import worldCountries from 'world-countries';

const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'to',
  'in',
  'on',
  'at',
  'de',
  '(',
  ')',
  '’s',
  "'s",
]);
const EDGE = new Set([
  'of',
  'for',
  'and',
  'the',
  'The',
  'to',
  'in',
  'on',
  'at',
  'de',
  ',',
  '’s',
  "'s",
]);

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

const NO_TITLE: TitleInfo = {
  title: null,
  organization: null,
  countryCode: null,
  international: false,
  titled: false,
  honorific: false,
};

function inRun(i: number, runs: NameRun[]) {
  return runs.some((r) => i >= r.from && i <= r.to);
}

function titleToken(t: Token, i: number, runs: NameRun[]): boolean {
  if (CONNECTORS.has(t.text) || t.text === 'The' || LOWER_TITLES.has(t.text)) return true;
  if (inRun(i, runs) || FUNCTION_WORDS.has(t.text)) return false;
  return /^[\p{Lu}\d]/u.test(t.text);
}

/** The title span before a name: "the Minister of Foreign Affairs of Portugal, Ana". */
function spanBefore(tokens: Token[], runs: NameRun[], run: NameRun): [number, number, boolean] {
  let j = run.from - 1;
  let honorific = false;
  while (j >= 0 && (isHonorific(tokens[j]!.text) || /^['’.]$/.test(tokens[j]!.text))) {
    honorific ||= !/^['’.]$/.test(tokens[j]!.text);
    j--;
  }
  if (tokens[j]?.text === ',') j--;
  const end = j;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const next = tokens[j + 1];
      if (!next || !/^\p{Lu}/u.test(next.text) || inRun(j + 1, runs) || isHonorific(next.text))
        break;
      if (!tokens[j - 1] || inRun(j - 1, runs)) break;
    } else if (!titleToken(t, j, runs)) break;
    j--;
  }
  let start = cutLead(tokens, j + 1, end);
  while (start <= end && EDGE.has(tokens[start]!.text)) start++;
  return [start, end, honorific];
}

/**
 * Drops what comes before the title proper: "visit to Viet Nam of [Lao Deputy Minister …]",
 * "a message from the President of Indonesia to [President …]".
 */
function cutLead(tokens: Token[], start: number, end: number): number {
  let from = start;
  for (let k = from; k <= end; k++) {
    const t = tokens[k]!.text;
    if (t !== 'of' && t !== 'to' && t !== ',') continue;
    const head = (a: number, b: number) => tokens.slice(a, b).some((x) => isTitleWord(x.text));
    if (!head(from, k) || (t === 'to' && head(k + 1, end + 1))) from = k + 1;
  }
  return from;
}

/** The title span after a name: "Peter Launsky-Tieffenthal, Secretary General of the …". */
function spanAfter(tokens: Token[], runs: NameRun[], run: NameRun): [number, number] {
  let j = run.to + 1;
  if (tokens[j]?.text !== ',') return [0, -1];
  j++;
  if (tokens[j]?.text === 'the') j++;
  const start = j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const next = tokens[j + 1];
      if (!next || !/^\p{Lu}/u.test(next.text) || inRun(j + 1, runs) || isHonorific(next.text))
        break;
    } else if (!titleToken(t, j, runs)) break;
    j++;
  }
  let end = j - 1;
  while (end >= start && EDGE.has(tokens[end]!.text)) end--;
  const head = tokens.slice(start, Math.min(end + 1, start + 6)).some((t) => isTitleWord(t.text));
  return head ? [start, end] : [0, -1];
}

/** Reads the title, organization and country the text gives around a name. */
export function readTitle(
  sentence: string,
  tokens: Token[],
  runs: NameRun[],
  run: NameRun,
): TitleInfo {
  const [bs, be, honorific] = spanBefore(tokens, runs, run);
  const before = be >= bs ? sentence.slice(tokens[bs]!.start, tokens[be]!.end) : '';
  const counterpart =
    /\b(?:his|her|their|its)\s+(?:(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+)?counterparts?(?:\s+(?:from|of)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M} ]*?))?\s*,?\s*$/u.exec(
      sentence.slice(0, tokens[run.from]!.start),
    );
  if (hasHead(before)) return { ...parseTitle(before), honorific };
  if (counterpart) {
    const place = counterpart[1] ?? counterpart[2];
    const code = place ? (findPlaces(place)[0]?.code ?? null) : null;
    return { ...NO_TITLE, countryCode: code, titled: true, honorific };
  }
  const [as, ae] = spanAfter(tokens, runs, run);
  if (ae >= as)
    return { ...parseTitle(sentence.slice(tokens[as]!.start, tokens[ae]!.end)), honorific };
  // "of the Hellenic Republic, Eleni Papadopoulou": a title shared with the name before.
  const shared = /\bof\s+(?:the\s+)?[^,]*,\s*$/.exec(sentence.slice(0, tokens[run.from]!.start));
  const place = shared ? findPlaces(shared[0])[0] : undefined;
  if (place && run.to > run.from)
    return { ...NO_TITLE, countryCode: place.code, titled: true, honorific };
  return { ...NO_TITLE, honorific };
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function hasHead(span: string): boolean {
  return (
    span
      .split(/[\s,()]+/)
      .some(
        (w) => isTitleWord(w) && (TITLE_HEADS.has(w) || TITLE_HEADS.has(capital(w)) || /-/.test(w)),
      ) || /\b(?:Deputy|Vice) [\p{Lu}]/u.test(span)
  );
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
  let title = span.replace(/^(?:the\s+)?\S+(?:['’]s)\s+/u, '');
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
