import {
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon';
import { findPlaces } from './places';

/** A word or punctuation mark of a sentence, with offsets into the sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Capitalized word that may belong to a person's name. */
  nameLike: boolean;
  /** Inside a country, demonym or city. */
  place: boolean;
}

const WORD =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\d'’-]*[\p{L}\p{M}\d])?|\d[\d.,]*\p{L}*|\S/gu;

const isUpper = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^[\p{Lu}\d&.-]{2,}$/u.test(w) && !/^\p{Lu}\.$/u.test(w);

/** True for a word of a title: "Minister", "Deputy", "Secretary-General". */
export function isTitleWord(w: string): boolean {
  return (
    TITLE_HEADS.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    /-(?:General|Minister)$/.test(w) ||
    LOWER_TITLES.has(w)
  );
}

/** News agencies write titles in lower case: "Estonian foreign minister Kadri Rebane". */
export const LOWER_TITLES = new Set(
  [...TITLE_HEADS, ...TITLE_MODIFIERS]
    .map((w) => w.toLowerCase())
    .filter(
      (w) =>
        ![
          'state',
          'general',
          'first',
          'second',
          'third',
          'head',
          'chief',
          'leader',
          'chair',
          'judge',
          'lead',
          'personal',
          'resident',
          'special',
          'senior',
          'acting',
          'his',
          'her',
        ].includes(w),
    ),
);

/** True for an honorific before a name: "Mr.", "H.E.", "Dato". */
export function isHonorific(w: string): boolean {
  return HONORIFICS.has(w) || HONORIFICS.has(w.replace(/\.$/, ''));
}

/** Splits a sentence into tokens; "Kazakhstan’s" gives "Kazakhstan" and "’s". */
export function tokenize(sentence: string): Token[] {
  const places = findPlaces(sentence);
  const inPlace = (s: number) => places.some((p) => s >= p.start && s < p.end);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    let text = m[0];
    const start = m.index;
    const possessive = /^(.+?)(['’]s)$/u.exec(text);
    if (possessive) text = possessive[1]!;
    out.push(makeToken(text, start, inPlace(start)));
    if (possessive) out.push(makeToken(possessive[2]!, start + text.length, false));
  }
  // A one-word city before a name is a first name: "Ms Victoria Echagüe".
  out.forEach((t, i) => {
    const next = out[i + 1];
    const prev = out[i - 1];
    const single = places.some((p) => p.kind === 'city' && p.start === t.start && p.end === t.end);
    if (single && next?.nameLike && prev && (isHonorific(prev.text) || isTitleWord(prev.text)))
      out[i] = makeToken(t.text, t.start, false);
  });
  return out;
}

function makeToken(text: string, start: number, place: boolean): Token {
  const nameLike =
    isUpper(text) &&
    !place &&
    !isAcronym(text) &&
    !NOT_NAME.has(text) &&
    !isTitleWord(text) &&
    !isHonorific(text) &&
    !/^\d/.test(text);
  return { text, start, end: start + text.length, nameLike, place };
}

/** A run of tokens that may be a person's name: "Ana Lúcia Ferreira", "Abdullah bin Zayed". */
export interface NameRun {
  from: number;
  to: number;
  text: string;
}

/** Every maximal run of name-like tokens, with particles and initials inside. */
export function nameRuns(tokens: Token[], sentence: string): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.nameLike) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      const after = tokens[j + 2];
      if (next?.nameLike && next.start - tokens[j]!.end <= 1) j++;
      else if (next?.text === '.' && /^\p{Lu}$/u.test(tokens[j]!.text) && after?.nameLike) j += 2;
      else if (next && NAME_PARTICLES.has(next.text) && after?.nameLike) j += 2;
      else if (
        next &&
        NAME_PARTICLES.has(next.text) &&
        NAME_PARTICLES.has(after?.text ?? '') &&
        tokens[j + 3]?.nameLike
      )
        j += 3;
      else break;
    }
    if (partOfName(tokens, i)) {
      for (let k = i; k <= j; k++) tokens[k]!.nameLike = false;
    } else runs.push({ from: i, to: j, text: sentence.slice(tokens[i]!.start, tokens[j]!.end) });
    i = j + 1;
  }
  return runs;
}

const INNER = new Set(['of', 'for', 'in', 'the', 'to', 'on', 'and', '&']);

/**
 * True when a run continues the name of an organization or place rather than naming a person:
 * "Organization for Security and Co-operation in Europe", "Security Policy", "G20 Presidencies".
 */
function partOfName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.text === 'and') {
    const before = tokens[i - 2];
    return (
      !!before && !before.nameLike && /^\p{Lu}/u.test(before.text) && !isTitleWord(before.text)
    );
  }
  if (INNER.has(prev.text)) return true;
  if (prev.end < tokens[i]!.start - 1) return false;
  let j = i;
  while (tokens[j + 1]?.nameLike) j++;
  const next = tokens[j + 1];
  return orgWord(prev) && !!next && orgWord(next);
}

function orgWord(t: Token): boolean {
  const w = t.text;
  return (
    (NOT_NAME.has(w) && !FUNCTION_WORDS.has(w) && !isTitleWord(w) && !isHonorific(w)) ||
    isAcronym(w)
  );
}
