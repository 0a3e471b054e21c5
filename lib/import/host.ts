import type { Mention, Person } from './people';

/**
 * The subject of the release, who sits at each of its meetings: the official it names most
 * (by name, surname or bare title, "the Cabinet Secretary"), the first named breaking ties.
 */
export function findHost(people: Person[], mentions: Mention[], body: string): Person | null {
  let best: Person | null = null;
  let bestScore = -1;
  const firstId = [...mentions].sort((a, b) => a.start - b.start).find((m) => !m.aside)?.person.id;
  const heads = new Set<string>();
  for (const p of people) {
    const own = mentions.filter((m) => m.person === p && !m.aside).length;
    if (!own) continue;
    const head = titleHead(p.title);
    let refs = 0;
    if (head && !heads.has(head)) {
      heads.add(head);
      const re = new RegExp(
        `\\b[Tt]he\\s+${head}\\b(?!\\s*,?\\s*(?:Mr|Ms|Mrs|Dr|H\\.E\\.|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}))`,
        'gu',
      );
      refs = [...body.matchAll(re)].length;
    }
    const score = own + refs + (p.id === firstId ? 1.5 : 0);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
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
