import { foldText } from '@/lib/text';

/**
 * The building blocks of duplicate detection (lib/duplicates.ts): names cut into comparable
 * words, a transliteration-blind key per word, and a small edit distance for typos.
 */

/** Forms of address that say nothing about who someone is ("H.E. Mr Kairat Umarov"). */
const honorifics = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'amb',
  'ambassador',
  'excellency',
  'hon',
]);

/**
 * A person's name as folded words, without forms of address: "H.E. Mr. Mevlüt Çavuşoğlu" →
 * ["mevlut", "cavusoglu"]; "Umarov, Kairat" → ["umarov", "kairat"].
 */
export function personWords(name: string): string[] {
  const words = foldText(name).split(' ').filter(Boolean);
  let start = 0;
  while (start < words.length) {
    const word = words[start] as string;
    if (honorifics.has(word)) start += 1;
    else if (word === 'h' && words[start + 1] === 'e' && words.length > start + 2) start += 2;
    else break;
  }
  return words.slice(start);
}

/** Words that organization acronyms skip ("Organization for Security and Co-operation…"). */
const connectives = new Set([
  'of',
  'the',
  'for',
  'and',
  'in',
  'on',
  'at',
  'to',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'pour',
  'en',
  'der',
  'die',
  'das',
  'und',
  'fur',
  'y',
  'del',
  'e',
]);

/**
 * An organization's name as folded words, a hyphenated word kept whole ("Co-operation" →
 * "cooperation"), so that its initials read as its acronym does.
 */
export function organizationWords(name: string): string[] {
  return name
    .split(/\s+/)
    .flatMap((word) => foldText(word.replace(/[-‐‑'’.]/g, '')).split(' '))
    .filter(Boolean);
}

/** The words that carry meaning: connectives ("of", "for", "and", "pour"…) left out. */
export function significantWords(words: readonly string[]): string[] {
  return words.filter((w) => !connectives.has(w));
}

/**
 * The initials an acronym is usually made of: "Organization for Security and Co-operation in
 * Europe" → "osce", "United Nations Office on Drugs and Crime" → "unodc". Null under two words.
 */
export function initialsOf(name: string): string | null {
  const words = significantWords(organizationWords(name));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** An acronym compared without dots, spaces or case: "O.S.C.E." → "osce". */
export function acronymKey(text: string | null | undefined): string {
  return foldText(text ?? '').replace(/ /g, '');
}

/** One word that could be an acronym: 2 to 12 letters or digits, no spaces. */
export function looksLikeAcronym(text: string): boolean {
  const trimmed = text.trim();
  return /^[\p{L}\p{N}.&]{2,12}$/u.test(trimmed) && !/\s/.test(trimmed);
}

/** Spellings that transliterations and national conventions swap, longest first. */
const soundRules: ReadonlyArray<[RegExp, string]> = [
  [/tch/g, 'c'],
  [/sch/g, 's'],
  [/dzh|dj/g, 'j'],
  [/kh/g, 'h'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/ck|q|c/g, 'k'],
  [/ks|x/g, 'ks'],
  [/ou/g, 'u'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/z/g, 's'],
  [/(.)\1+/g, '$1'],
];

/**
 * A word as it sounds rather than as it is spelt, so that transliterations meet: "chavushoglu"
 * and "cavusoglu" → "kavusoglu", "kayrat" and "kairat" → "kairat", "organisation" and
 * "organization" → "organisation".
 */
export function soundKey(word: string): string {
  let key = word;
  for (const [pattern, replacement] of soundRules) key = key.replace(pattern, replacement);
  return key;
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] as number) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length] as number;
}

/** How two words relate: the same, the same spoken or with one typo, or one the initial of the other. */
export type WordMatch = 'same' | 'spelling' | 'initial' | null;

/** Compares two folded words of a person's name. */
export function compareWords(a: string, b: string): WordMatch {
  if (a === b) return 'same';
  if (a.length === 1 || b.length === 1) {
    return a.length !== b.length && (a.length === 1 ? b : a).startsWith(a.length === 1 ? a : b)
      ? 'initial'
      : null;
  }
  const ka = soundKey(a);
  const kb = soundKey(b);
  if (ka === kb) return 'spelling';
  // One typo in a word of five letters or more ("Umarov"/"Umarox"), never in short ones.
  if (Math.min(ka.length, kb.length) >= 5 && editDistance(ka, kb, 1) <= 1) return 'spelling';
  return null;
}
