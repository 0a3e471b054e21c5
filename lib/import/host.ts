import type { Mention, Person } from './people';
import { TITLE_HEADS } from './lexicon';
import { findPlaces } from './places';

/**
 * The subject of the release, who sits at each of its meetings: the official it names most
 * (by name, surname or bare title, "the Cabinet Secretary"), with a bonus for the one it
 * names first.
 */
export function findHost(people: Person[], mentions: Mention[], body: string): Person | null {
  const heads = new Set<string>();
  const scored = people.map((p) => {
    const own = mentions.filter((m) => m.person === p && !m.aside);
    const refs = bareTitleRefs(p, heads, body);
    const first = Math.min(...own.map((m) => m.start), ...refs);
    return { p, count: own.length + refs.length, first, named: own.length > 0 };
  });
  const candidates = scored.filter((s) => s.named);
  if (!candidates.length || unnamedSubject(body, people)) return null;
  const earliest = Math.min(...candidates.map((s) => s.first));
  let best = candidates[0]!;
  let bestScore = -1;
  for (const s of candidates) {
    const score = s.count + (s.first === earliest ? 2 : 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best.p;
}

/**
 * "The Foreign Minister had a telephone conversation with his Estonian colleague X": the release
 * opens with a bare title that none of the officials it names holds, so its host is unnamed.
 */
function unnamedSubject(body: string, people: Person[]): boolean {
  const m =
    /^\W*The\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}?(\p{Lu}[\p{L}-]*))(?=\s+(?!of\b|for\b)\p{Ll})/u.exec(
      body,
    );
  if (!m || !TITLE_HEADS.has(m[2]!)) return false;
  return !people.some((p) => p.title?.includes(m[2]!));
}

// A bare "the Cabinet Secretary held …", not "the Minister of Trade of Peru, Juan Soto".
function bareTitleRefs(p: Person, heads: Set<string>, body: string): number[] {
  const head = titleHead(p.title);
  if (!head || heads.has(head)) return [];
  heads.add(head);
  const anyCase = head.replace(
    /(^|\\s\+)(\p{L})/gu,
    (_, a: string, c: string) => `${a}[${c}${c.toLowerCase()}]`,
  );
  const re = new RegExp(
    `\\b[Tt]he\\s+${anyCase}\\b(?!\\s+(?:of|for)\\b)(?!\\s*,)(?!\\s+\\p{Lu})`,
    'gu',
  );
  return [...body.matchAll(re)].map((m) => m.index);
}

/** "Minister of Foreign Affairs" → "Minister", "Prime Cabinet Secretary and …" → "Cabinet Secretary". */
function titleHead(title: string | null): string | null {
  if (!title) return null;
  const core = title
    .split(/\s+(?:of|for|and|to)\s+|,/)[0]!
    .trim()
    .split(/\s+/);
  const words = core.slice(-2).filter((w) => /^\p{Lu}/u.test(w));
  if (!words.length) return null;
  return words.join('\\s+').replace(/-/g, '[- ]');
}

/**
 * The host's country when their title does not say it: the dateline's, unless the dateline
 * is the country of the event they attended; else the country the release names most besides.
 */
export function homeCountry(
  host: Person | null,
  dateline: string | null,
  abroad: string[],
  body: string,
  others: string[] = [],
): string | null {
  if (!host || host.international) return null;
  if (host.countryCode) return host.countryCode;
  if (dateline && !abroad.includes(dateline)) return dateline;
  const counts = new Map<string, number>();
  // "Viet Nam's support", "Vietnamese students": the country as owner, not as a topic.
  for (const p of findPlaces(body)) {
    const owner = p.kind === 'demonym' || /^['’]s\b/.test(body.slice(p.end, p.end + 3));
    if (owner && !abroad.includes(p.code) && !others.includes(p.code))
      counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
