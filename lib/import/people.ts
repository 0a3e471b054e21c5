import { BYSTANDER_TITLE } from './lexicon';
import { findPlaces } from './places';
import { normalizeName } from './score';
import type { Sentence } from './sentences';
import { readTitle, type TitleInfo } from './titles';
import { nameRuns, tokenize, type NameRun, type Token } from './tokens';

/** A named official of the release, with what the text says about them. */
export interface Person {
  id: number;
  name: string;
  parts: string[];
  title: string | null;
  organization: string | null;
  countryCode: string | null;
  international: boolean;
  /** Position of the first mention in the text. */
  first: number;
  mentions: number;
}

/** One mention of a person in a sentence, offsets into the whole text. */
export interface Mention {
  person: Person;
  sentence: number;
  start: number;
  end: number;
  /** Only mentioned: greetings conveyed, a spokesperson, "former", someone invited. */
  aside: boolean;
  /** Followed by "said"/"told": the author of a quote. */
  speaker: boolean;
}

// "greetings of", "a message from", "on behalf of", "former", "invited", then a title.
const ASIDE_BEFORE = new RegExp(
  String.raw`(?:\b(?:greetings|regards|message|letter|invitation|condolences|congratulations|wishes)\s+(?:of|from|to)|\bon behalf of|\bformer|\bconveyed to|\binvited|\bthanked)` +
    String.raw`(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|of|for|and|the|to|in|,))*\s*$`,
  'u',
);
const SPEAKER_AFTER = /^\s*,?\s*(?:said|told|stated|noted|added|explained|stressed)\b/;

interface Found {
  sentence: number;
  tokens: Token[];
  run: NameRun;
  info: TitleInfo;
  text: string;
}

/** Finds the officials of a text and every mention of them, sentence by sentence. */
export function findPeople(sentences: Sentence[]): { people: Person[]; mentions: Mention[] } {
  const people: Person[] = [];
  const found: Found[] = [];
  sentences.forEach((s, i) => {
    const tokens = tokenize(s.text);
    const runs = nameRuns(tokens, s.text);
    let listed: boolean = false;
    let index = 0;
    for (const run of runs) {
      const info = readTitle(s.text, tokens, runs, run);
      const words = run.to - run.from + 1;
      const afterDash = /[—–:]\s*$/.test(s.text.slice(0, tokens[run.from]!.start));
      const inList: boolean =
        listed && /^(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(between(s.text, tokens, runs, run));
      listed = (info.titled || info.honorific || afterDash || inList) && words >= 1;
      if (afterDash || inList || info.countryCode) index = afterDash || !inList ? 0 : index + 1;
      if (afterDash || inList || (info.titled && !info.title)) {
        const code = listCountry(s.text.slice(0, tokens[run.from]!.start), index);
        if (code && (!info.countryCode || inList)) info.countryCode = code;
      }
      found.push({ sentence: i, tokens, run, info, text: s.text });
      if ((info.titled || info.honorific || afterDash || inList) && (words >= 2 || info.titled))
        register(people, run.text, info, s.start + tokens[run.from]!.start);
    }
  });
  const mentions: Mention[] = [];
  for (const f of found) {
    const person = lookup(people, f.run.text);
    if (!person) continue;
    person.mentions++;
    const s = sentences[f.sentence]!;
    const before = f.text.slice(0, f.tokens[f.run.from]!.start);
    const after = f.text.slice(f.tokens[f.run.to]!.end);
    mentions.push({
      person,
      sentence: f.sentence,
      start: s.start + f.tokens[f.run.from]!.start,
      end: s.start + f.tokens[f.run.to]!.end,
      aside:
        ASIDE_BEFORE.test(before) ||
        BYSTANDER_TITLE.test(f.info.title ?? person.title ?? '') ||
        /spokes(?:person|man|woman)\b[^.;]{0,80},\s*$/i.test(before),
      speaker: SPEAKER_AFTER.test(after),
    });
  }
  return { people, mentions };
}

// "the foreign ministers of Moldova, Armenia and Finland — A, B and C": the k-th country.
const COUNTRY_LIST =
  /\b(?:of|from)\s+((?:(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*(?:,\s*|\s+and\s+))+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)/gu;

function listCountry(before: string, index: number): string | null {
  const lists = [...before.matchAll(COUNTRY_LIST)];
  const last = lists[lists.length - 1];
  if (!last) return null;
  const places = findPlaces(last[1]!).filter((p) => p.kind !== 'city');
  return places.length > 1 ? (places[index]?.code ?? null) : null;
}

function between(text: string, tokens: Token[], runs: NameRun[], run: NameRun): string {
  const prev = [...runs].reverse().find((r) => r.to < run.from);
  if (!prev) return '';
  return text.slice(tokens[prev.to]!.end, tokens[run.from]!.start);
}

function register(people: Person[], name: string, info: TitleInfo, at: number): void {
  const parts = normalizeName(name).split(' ');
  const shorter = people.find(
    (p) => p.parts.length < parts.length && indexOfParts(parts, p.parts) >= 0,
  );
  if (shorter) {
    shorter.name = name;
    shorter.parts = parts;
  }
  const known = lookup(people, name);
  if (known && (known.parts.length >= name.split(/\s+/).length || known.first < at)) {
    if (info.title && parts.length >= known.parts.length && !known.title?.includes(' '))
      known.title = info.title;
    known.title ??= info.title;
    known.organization ??= info.organization;
    if (!known.countryCode && !known.international) {
      known.countryCode = info.countryCode;
      known.international = info.international;
    }
    return;
  }
  people.push({
    id: people.length,
    name,
    parts,
    title: info.title,
    organization: info.organization,
    countryCode: info.countryCode,
    international: info.international && !info.countryCode,
    first: at,
    mentions: 0,
  });
}

/** The person a name or part of it ("Umarov", "Minister Sá Araújo") refers to. */
export function lookup(people: Person[], name: string): Person | undefined {
  const parts = normalizeName(name).split(' ');
  let best: Person | undefined;
  let bestScore = 0;
  for (const p of people) {
    const at = indexOfParts(p.parts, parts);
    if (at < 0) continue;
    // A full name beats a surname; a surname beats a lone first name.
    const score =
      parts.length * 10 + (at + parts.length === p.parts.length ? 2 : 0) + (at > 0 ? 1 : 0);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

function indexOfParts(whole: string[], part: string[]): number {
  for (let i = 0; i + part.length <= whole.length; i++)
    if (part.every((w, k) => whole[i + k] === w)) return i;
  return -1;
}
