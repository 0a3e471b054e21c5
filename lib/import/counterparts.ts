import { TITLE_HEADS } from './lexicon';
import { draftOf, unique, type Clause, type Context, type Draft } from './draft';
import type { Mention, Person } from './people';
import type { Sentence } from './sentences';
import { isJoint, isSeparate } from './triggers';
import { findCities } from './venue';

// "The two ministers met", "During the visit, the Ministers held talks", "They spoke".
const PLURAL_SUBJECT =
  /\b(?:the|both)\s+(?:two\s+)?(?:foreign\s+)?(?:ministers|officials|sides|leaders|parties|delegations|counterparts|heads of (?:state|government|delegation))\b[^.]*?\b(?:met|held|had|spoke|talked)\b|\bthey\s+(?:also\s+)?(?:met|held|had|spoke|talked)\b/i;
/** A clause that says someone met someone: one draft per table, or more sentences for one. */
export function meeting(
  c: Clause,
  found: Mention[],
  others: Person[],
  drafts: Draft[],
  ctx: Context,
): void {
  const lead = leadOf(c, found, ctx.host);
  let counterparts = lead ? others.filter((p) => p !== lead) : others;
  let referent: number | null = null;
  const hostless = !counterparts.length && metByTitle(c, found, ctx.host);
  if (hostless) counterparts = [ctx.host!];
  if (!counterparts.length && PLURAL_SUBJECT.test(c.text)) {
    referent = referentSentence(c.sentence, ctx);
    if (referent !== null) counterparts = peopleOfSentence(referent, ctx);
  }
  if (!counterparts.length) {
    // "…, who received him at the palace on 3 May": more of the meeting just told.
    const last = drafts[drafts.length - 1];
    const sentence = ctx.sentences[c.sentence]!;
    const before = sentence.text.slice(0, c.start - sentence.start);
    if (last && last.sentences[0] === c.sentence && /\bwho\s+(?:also\s+)?$/.test(before))
      last.clause += ` ${c.text}`;
    return;
  }
  if (counterparts.every((p) => drafts.some((d) => d.counterparts.includes(p)))) {
    for (const d of drafts)
      if (d.counterparts.some((p) => counterparts.includes(p))) {
        d.sentences.push(c.sentence);
        // "paid a courtesy call on King X, who received him … on 3 May": one meeting, one date.
        if (d.sentences[0] === c.sentence && d.clause !== c.text)
          d.clause = `${d.clause} ${c.text}`;
      }
    return;
  }
  const places = byCity(c, found, counterparts);
  for (const group of places ? counterparts.map((p) => [p]) : groups(c, found, counterparts)) {
    const d = draftOf(c, ctx, group);
    d.referent = referent;
    d.lead = lead;
    d.hostless = hostless;
    const own = places?.get(group[0]!);
    if (own) d.clause = own;
    drafts.push(d);
  }
}

/**
 * "met Foreign Minister A in Tokyo and Governor B in Osaka": two places, two meetings. Each
 * gets the clause up to the first counterpart and its own stretch, for its venue.
 */
function byCity(c: Clause, found: Mention[], counterparts: Person[]): Map<Person, string> | null {
  if (counterparts.length < 2) return null;
  if (!counterparts.every((p) => found.some((m) => m.person === p))) return null;
  const at = counterparts
    .map((p) => found.find((m) => m.person === p)!.start - c.start)
    .sort((a, b) => a - b);
  const first = at[0]!;
  const out = new Map<Person, string>();
  const cities = new Set<string>();
  counterparts.forEach((p) => {
    const from = found.find((m) => m.person === p)!.start - c.start;
    const to = at.find((x) => x > from) ?? c.text.length;
    const stretch = c.text.slice(from, to);
    const city = findCities(stretch).find((x) => x.prepositional);
    if (city) cities.add(city.city);
    out.set(p, c.text.slice(0, first) + stretch);
  });
  return cities.size >= 2 && cities.size === counterparts.length ? out : null;
}

/**
 * "the State Secretary held a videoconference with … Arjun Rao": the only named official is
 * the object, and the subject an unnamed title they do not hold.
 */
function metByTitle(c: Clause, found: Mention[], host: Person | null): boolean {
  const verb = c.start + c.trigger.start;
  if (!host || !found.some((m) => m.person === host && m.start > verb)) return false;
  const subject = /\b[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(\p{Lu}[\p{L}-]*)\s*$/u.exec(
    c.text.slice(0, c.trigger.start),
  );
  return !!subject && TITLE_HEADS.has(subject[1]!) && !host.title?.includes(subject[1]!);
}

/** A named subject other than the host, when the host is not in the clause. */
function leadOf(c: Clause, found: Mention[], host: Person | null): Person | null {
  if (found.some((m) => m.person === host)) return null;
  const verb = c.start + c.trigger.start;
  return found.find((m) => m.start < verb)?.person ?? null;
}

/** One table for all, or one meeting per counterpart ("held separate meetings with …"). */
function groups(c: Clause, found: Mention[], counterparts: Person[]): Person[][] {
  if (counterparts.length < 2 || isJoint(c.text)) return [counterparts];
  if (isSeparate(c.text)) return counterparts.map((p) => [p]);
  const cuts = [...c.text.matchAll(/,?\s+and with\b|;\s*with\b/g)].map((m) => c.start + m.index);
  if (!cuts.length) return bySide(c, found, counterparts);
  const out: Person[][] = [];
  for (const p of counterparts) {
    const at = found.find((m) => m.person === p)?.start ?? 0;
    const slot = cuts.filter((x) => x < at).length;
    (out[slot] ??= []).push(p);
  }
  return out.filter(Boolean);
}

/**
 * "met A and B" after the verb: one meeting per side. Two officials of one side (or one union)
 * sit at one table; officials of two different countries met at once would be a trilateral,
 * which the text would say.
 */
function bySide(c: Clause, found: Mention[], counterparts: Person[]): Person[][] {
  const verb = c.start + c.trigger.start;
  const objects = counterparts.every((p) => found.some((m) => m.person === p && m.start > verb));
  if (!objects) return [counterparts];
  const sides = new Map<string, Person[]>();
  const unknown: Person[] = [];
  for (const p of counterparts) {
    const key = sideKey(p);
    if (key) sides.set(key, [...(sides.get(key) ?? []), p]);
    else unknown.push(p);
  }
  const out = [...sides.values()];
  if (!out.length) return [counterparts];
  out[0]!.push(...unknown);
  return out;
}

function sideKey(p: Person): string | null {
  if (p.countryCode) return p.countryCode;
  if (!p.international) return null;
  const org = `${p.organization ?? ''} ${p.title ?? ''}`;
  if (/\bEurope(?:an)?\b|\bEU\b/.test(org)) return 'EU';
  if (/\bUnited Nations\b|\bUN\b/.test(org)) return 'UN';
  return p.organization ?? p.title;
}

function referentSentence(i: number, ctx: Context): number | null {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--)
    if (peopleOfSentence(k, ctx, true).length >= 2) return k;
  return null;
}

function peopleOfSentence(i: number, ctx: Context, withHost = false): Person[] {
  const people = unique(
    ctx.mentions.filter((m) => m.sentence === i && !m.aside).map((m) => m.person),
  );
  return withHost ? people : people.filter((p) => p !== ctx.host);
}

// After "met … heads of international organizations": "UNODC Executive Director X highlighted …".
/** After "met … heads of international organizations": "UNODC Executive Director X highlighted …". */
export function introduced(
  s: Sentence,
  i: number,
  mentions: Mention[],
  host: Person | null,
  drafts: Draft[],
): void {
  const first = mentions.find((m) => m.sentence === i);
  if (!first || first.person === host || first.aside || first.speaker) return;
  if (first.start - s.start > 40 || first.person.first !== first.start) return;
  if (drafts.some((d) => d.counterparts.includes(first.person))) return;
  const hostHere = mentions.some((m) => m.person === host && Math.abs(m.sentence - i) <= 1);
  if (!hostHere) return;
  drafts.push({
    kind: 'meeting',
    sentences: [i],
    paragraph: s.paragraph,
    clause: s.text,
    clauseStart: s.start,
    verb: [0, 0],
    counterparts: [first.person],
    members: [],
    remote: null,
    pending: false,
    referent: null,
    lead: null,
    hostless: false,
  });
}
