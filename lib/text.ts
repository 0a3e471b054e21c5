/**
 * Folds text for matching: lower case, diacritics removed ("Çavuşoğlu" → "cavusoglu",
 * "Lajčák" → "lajcak"), punctuation turned into spaces, whitespace collapsed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A word as the search index's tokenizer (unicode61, remove_diacritics 2) folds it: lower case, no combining marks; "ı", "ø", "ß", "ł" stay. */
export function tokenFold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word as the search index's tokenizer sees one: letters, digits and combining marks. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The full folds (foldText) of the words of `text` that the tokenizer folds differently,
 * space-separated, each once: "Kırışçı Straße Oslo" → "kirisci strasse". Indexed beside the
 * text in the search index (db/writes/search-index.ts), so that "Kirisci" finds "Kırışçı".
 */
export function searchFolds(text: string): string {
  const folds = new Set<string>();
  // Only words with a letter beyond ASCII can fold two ways: found from those letters, because
  // the demo generator calls this for a million meetings and matching every word cost 14 s.
  const beyond = /[^\x00-\x7f]/g;
  for (let hit = beyond.exec(text); hit; hit = beyond.exec(text)) {
    if (!isWordChar(hit[0])) continue;
    let start = hit.index;
    while (start > 0 && isWordChar(text[start - 1]!)) start--;
    let end = hit.index + 1;
    while (end < text.length && isWordChar(text[end]!)) end++;
    beyond.lastIndex = end;
    const word = text.slice(start, end);
    const token = tokenFold(word);
    if (isAscii(token)) continue;
    const full = foldText(word);
    if (full && full !== token) folds.add(full);
  }
  return [...folds].join(' ');
}

/** Whether a character belongs to a word (WORD). */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return /[\p{L}\p{N}\p{M}]/u.test(c);
}

/** Whether `text` is plain ASCII, which the tokenizer and foldText fold alike (lower case). */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** The search key stored on officials and organizations: every name folded, one per line. */
export function searchKey(names: ReadonlyArray<string | null | undefined>): string {
  return names
    .filter((n): n is string => Boolean(n && n.trim()))
    .map(foldText)
    .join('\n');
}

/** A URL slug: folded text with hyphens ("Kazakhstan–OSCE cooperation" → "kazakhstan-osce-cooperation"). */
export function slugify(text: string): string {
  return foldText(text).replace(/ /g, '-').slice(0, 80) || 'topic';
}

/** "Kairat Umarov" → "Umarov, Kairat"; a single name stays as it is. */
export function sortNameOf(displayName: string): string {
  const parts = displayName.trim().split(/\s+/);
  if (parts.length < 2) return displayName.trim();
  const last = parts.pop() as string;
  return `${last}, ${parts.join(' ')}`;
}
