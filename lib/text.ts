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
 * text (the search index's `folded` column), so that "Kirisci" finds "Kırışçı".
 */
export function searchFolds(text: string): string {
  const folds = new Set<string>();
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    const full = foldText(word);
    if (full && full !== tokenFold(word)) folds.add(full);
  }
  return [...folds].join(' ');
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
