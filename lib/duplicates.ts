import { foldText } from '@/lib/text';
import {
  acronymKey,
  compareWords,
  initialsOf,
  looksLikeAcronym,
  organizationWords,
  personWords,
  significantWords,
  soundKey,
  type WordMatch,
} from '@/lib/name-keys';

/** How alike two names are (0–1) and why, in words a person can check. */
export interface NameMatch {
  score: number;
  reason: string;
}

/** A match between a typed record and a stored one, through one of the stored one's names. */
export interface DuplicateMatch extends NameMatch {
  /** The stored name that matched: the main name or one of its aliases. */
  matchedName: string;
  viaAlias: boolean;
}

/** Matches below this are not worth a warning. */
export const DUPLICATE_THRESHOLD = 0.6;

const rank: Record<Exclude<WordMatch, null>, number> = { same: 3, spelling: 2, initial: 1 };

/** Every word of `a` matched to a different word of `b` ("K. Umarov" within "Kairat Umarov"). */
function alignWords(a: string[], b: string[]): NameMatch | null {
  if (!a.length || a.length > b.length) return null;
  const used = new Set<number>();
  const tally = { spelling: 0, initial: 0, full: 0, lastIndex: -1 };
  for (const word of a) {
    let best = -1;
    let bestKind: WordMatch = null;
    b.forEach((other, j) => {
      const kind = used.has(j) ? null : compareWords(word, other);
      if (kind && (!bestKind || rank[kind] > rank[bestKind])) [best, bestKind] = [j, kind];
    });
    if (!bestKind) return null;
    used.add(best);
    tally.lastIndex = best;
    if (bestKind === 'initial') tally.initial += 1;
    else if (word.length >= 3) tally.full += 1;
    if (bestKind === 'spelling') tally.spelling += 1;
  }
  if (!tally.full) return null;
  const extra = b.length - a.length;
  if (a.length === 1 && extra > 0) {
    // A surname alone: worth a look only when it is the other's surname.
    return tally.lastIndex === b.length - 1 ? { score: 0.6, reason: 'Same surname' } : null;
  }
  const score = 0.95 - 0.1 * tally.initial - 0.08 * tally.spelling - 0.08 * extra;
  const reason = tally.initial
    ? 'Initials match'
    : tally.spelling
      ? 'Similar spelling'
      : 'Same name, with a middle name on one side';
  return { score, reason };
}

/**
 * How likely two spellings name the same person: accents, case, punctuation and forms of address
 * ignored; initials ("K. Umarov" ~ "Kairat Umarov"), transliterations ("Chavushoglu" ~
 * "Çavuşoğlu"), one typo in a long word, word order and a missing middle name tolerated. Null
 * when they do not match ("K. Umarov" vs "Kanat Umarbekov").
 */
export function comparePersonNames(a: string, b: string): NameMatch | null {
  const wa = personWords(a);
  const wb = personWords(b);
  if (!wa.length || !wb.length) return null;
  if (wa.join(' ') === wb.join(' ')) {
    const same = a.trim().toLowerCase() === b.trim().toLowerCase();
    return same
      ? { score: 1, reason: 'Same name' }
      : { score: 0.98, reason: 'Same name, ignoring accents and punctuation' };
  }
  if (wa.length > 1 && [...wa].sort().join(' ') === [...wb].sort().join(' ')) {
    return { score: 0.95, reason: 'Same name in another order' };
  }
  const one = alignWords(wa, wb);
  const other = alignWords(wb, wa);
  if (!one || (other && other.score > one.score)) return other;
  return one;
}

/** How likely two organization names are the same: exact, respelt, or mostly the same words. */
export function compareOrganizationNames(a: string, b: string): NameMatch | null {
  if (foldText(a) === foldText(b) && foldText(a)) {
    return a.trim().toLowerCase() === b.trim().toLowerCase()
      ? { score: 1, reason: 'Same name' }
      : { score: 0.98, reason: 'Same name, ignoring accents and punctuation' };
  }
  const wa = significantWords(organizationWords(a)).map(soundKey);
  const wb = significantWords(organizationWords(b)).map(soundKey);
  if (!wa.length || !wb.length) return null;
  if (wa.join(' ') === wb.join(' ')) return { score: 0.92, reason: 'Same name, spelt differently' };
  if (wa.length < 2 || wb.length < 2) return null;
  const sa = new Set(wa);
  const sb = new Set(wb);
  const shared = [...sa].filter((w) => sb.has(w)).length;
  const jaccard = shared / new Set([...sa, ...sb]).size;
  return jaccard >= 0.75 ? { score: 0.55 + 0.4 * jaccard, reason: 'Similar name' } : null;
}

/** A person as duplicate detection sees them. */
export interface PersonNames {
  name: string;
  aliases?: readonly string[];
  countryCode?: string | null;
}

/** An organization as duplicate detection sees it. */
export interface OrganizationNames extends PersonNames {
  acronym?: string | null;
}

const viaAlias = (match: NameMatch, alias: string): NameMatch => ({
  score: match.score - 0.02,
  reason: `${match.reason} as the other spelling “${alias}”`,
});

/** Both countries known and different: probably two records, so the score drops by `penalty`. */
function countryAdjusted<M extends NameMatch>(
  match: M | null,
  a: PersonNames,
  b: PersonNames,
  penalty: number,
): M | null {
  if (!match) return null;
  if (!a.countryCode || !b.countryCode || a.countryCode === b.countryCode) return match;
  return { ...match, score: match.score - penalty, reason: `${match.reason}; another country` };
}

/** The best match of every typed name against every stored name (main name, then aliases). */
function bestOver(
  typed: readonly string[],
  stored: PersonNames,
  compare: (a: string, b: string) => NameMatch | null,
): DuplicateMatch | null {
  let best: DuplicateMatch | null = null;
  const names = [stored.name, ...(stored.aliases ?? [])];
  names.forEach((name, index) => {
    for (const text of typed) {
      const found = compare(text, name);
      if (!found) continue;
      const match = index === 0 ? found : viaAlias(found, name);
      if (!best || match.score > best.score) {
        best = { ...match, matchedName: name, viaAlias: index > 0 };
      }
    }
  });
  return best;
}

/** Whether `typed` (a person being created or renamed) may be `stored`, and why. */
export function matchPerson(typed: PersonNames, stored: PersonNames): DuplicateMatch | null {
  const names = [typed.name, ...(typed.aliases ?? [])].filter((n) => n.trim());
  return countryAdjusted(bestOver(names, stored, comparePersonNames), typed, stored, 0.2);
}

/** Acronym matches: the same acronym, or one side's acronym being the other's initials. */
function matchAcronyms(typed: OrganizationNames, stored: OrganizationNames): DuplicateMatch | null {
  const acronyms = (o: OrganizationNames) =>
    [o.acronym ?? '', ...[o.name, ...(o.aliases ?? [])].filter(looksLikeAcronym)]
      .map(acronymKey)
      .filter((k) => k.length >= 2);
  const initials = (o: OrganizationNames) =>
    [o.name, ...(o.aliases ?? [])].map(initialsOf).filter((k): k is string => k !== null);
  const typedAcronyms = new Set(acronyms(typed));
  const storedAcronyms = new Set(acronyms(stored));
  const shown = stored.acronym || stored.name;
  for (const key of typedAcronyms) {
    if (storedAcronyms.has(key)) {
      return { score: 0.9, reason: 'Same acronym', matchedName: shown, viaAlias: false };
    }
    if (initials(stored).includes(key)) {
      const reason = `“${key.toUpperCase()}” is the initials of its name`;
      return { score: 0.85, reason, matchedName: stored.name, viaAlias: false };
    }
  }
  const typedInitials = initials(typed);
  for (const key of storedAcronyms) {
    if (typedInitials.includes(key)) {
      const reason = `Its acronym “${key.toUpperCase()}” is the initials of this name`;
      return { score: 0.85, reason, matchedName: shown, viaAlias: false };
    }
  }
  return null;
}

/**
 * Whether `typed` (an organization being created or renamed) may be `stored`: the same or a
 * similar name or alias, the same acronym, or an acronym that is the other's initials ("OSCE" ~
 * "Organization for Security and Co-operation in Europe", but not "OECD").
 */
export function matchOrganization(
  typed: OrganizationNames,
  stored: OrganizationNames,
): DuplicateMatch | null {
  const names = [typed.name, ...(typed.aliases ?? [])].filter((n) => n.trim());
  const byName = bestOver(names, stored, compareOrganizationNames);
  const byAcronym = matchAcronyms(typed, stored);
  const best = !byName || (byAcronym && byAcronym.score > byName.score) ? byAcronym : byName;
  return countryAdjusted(best, typed, stored, 0.3);
}

/** The matches worth a warning, most likely first, at most `limit`. */
export function likelyDuplicates<T extends { match: DuplicateMatch | null }>(
  candidates: readonly T[],
  limit = 5,
): Array<T & { match: DuplicateMatch }> {
  return candidates
    .filter((c): c is T & { match: DuplicateMatch } => (c.match?.score ?? 0) >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.match.score - a.match.score)
    .slice(0, limit);
}
