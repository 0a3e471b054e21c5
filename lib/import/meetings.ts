import { FUTURE } from './lexicon';
import type { Mention, Person } from './people';
import type { Sentence } from './sentences';
import { findTriggers, isJoint, isSeparate, remoteFormat, type Trigger } from './triggers';

/** A meeting as the sentences tell it, before dates, venue and format are settled. */
export interface Draft {
  kind: 'meeting' | 'session';
  /** Indices of the sentences it came from. */
  sentences: number[];
  paragraph: number;
  /** The clause that told it, with its offset in the text and the verb's offset in it. */
  clause: string;
  clauseStart: number;
  verb: [number, number];
  counterparts: Person[];
  members: Person[];
  remote: 'call' | 'video' | null;
  pending: boolean;
  /** Sentence whose people a "The ministers met" refers to. */
  referent: number | null;
  /** Someone other than the host who led this meeting: "Minister Sosa also met …". */
  lead: Person | null;
}

interface Clause {
  sentence: number;
  text: string;
  start: number;
  trigger: Trigger;
}

const PLURAL_SUBJECT =
  /^\W*(?:(?:The|Both)\s+(?:two\s+)?(?:foreign\s+)?(?:ministers|officials|sides|leaders|parties|delegations|counterparts)|They)\b[^.]*?\b(?:met|held|had|spoke|talked)\b/i;
const UNNAMED = /\b(?:heads|leaders|representatives|chiefs) of\b/i;

/** Splits a text's sentences into the meetings they tell, with their people. */
export function findMeetings(
  sentences: Sentence[],
  mentions: Mention[],
  host: Person | null,
): Draft[] {
  const drafts: Draft[] = [];
  let unnamed = false;
  sentences.forEach((s, i) => {
    const before = drafts.length + drafts.reduce((n, d) => n + d.sentences.length, 0);
    let unnamedHere = false;
    for (const c of clausesOf(s, i)) {
      const people = peopleIn(mentions, c, host);
      handle(c, people, drafts, { sentences, mentions, host, paragraph: s.paragraph });
      if (c.trigger.kind === 'meeting' && UNNAMED.test(c.text)) unnamedHere = true;
    }
    const told = drafts.length + drafts.reduce((n, d) => n + d.sentences.length, 0) > before;
    if (!told && unnamed) introduced(s, i, mentions, host, drafts);
    if (told) unnamed = unnamedHere;
  });
  return drafts.filter((d) => d.kind === 'session' || d.counterparts.length > 0);
}

function clausesOf(s: Sentence, i: number): Clause[] {
  // "Consultations between A and B were held …, chaired by X and Y": one clause, one meeting.
  const triggers = findTriggers(s.text).filter(
    (t, k, all) =>
      k === 0 ||
      !(
        (t.kind === all[k - 1]!.kind || all[k - 1]!.kind === 'meeting') &&
        (t.kind === 'group' || t.kind === 'joiner')
      ),
  );
  return triggers.map((t, k) => {
    const from = k === 0 ? 0 : t.start;
    const to = triggers[k + 1]?.start ?? s.text.length;
    return {
      sentence: i,
      text: s.text.slice(from, to),
      start: s.start + from,
      trigger: { ...t, start: t.start - from, end: t.end - from },
    };
  });
}

function peopleIn(mentions: Mention[], c: Clause, host: Person | null): Mention[] {
  const end = c.start + c.text.length;
  return mentions.filter(
    (m) => m.start >= c.start && m.end <= end && !m.aside && (!m.speaker || m.person === host),
  );
}

interface Context {
  sentences: Sentence[];
  mentions: Mention[];
  host: Person | null;
  paragraph: number;
}

function draftOf(
  c: Clause,
  ctx: Context,
  counterparts: Person[],
  kind: Draft['kind'] = 'meeting',
): Draft {
  return {
    kind,
    sentences: [c.sentence],
    paragraph: ctx.paragraph,
    clause: happened(c.text, c.trigger.end),
    clauseStart: c.start,
    verb: [c.trigger.start, c.trigger.end],
    counterparts,
    members: [],
    remote: kind === 'session' ? null : remoteFormat(c.text),
    pending: false,
    referent: null,
    lead: null,
  };
}

/** The clause without what it says is planned: "… the Summit to be held in New York in September". */
function happened(clause: string, verbEnd: number): string {
  const rest = clause.slice(verbEnd);
  const future = FUTURE.exec(rest);
  return future ? clause.slice(0, verbEnd + future.index) : clause;
}

function unique(people: Person[]): Person[] {
  return [...new Set(people)];
}

function handle(c: Clause, found: Mention[], drafts: Draft[], ctx: Context): void {
  const others = unique(found.map((m) => m.person).filter((p) => p !== ctx.host));
  const last = drafts[drafts.length - 1];
  switch (c.trigger.kind) {
    case 'joiner':
      return joiners(c, others, drafts);
    case 'group':
      if (
        last &&
        (last.pending || !last.counterparts.length) &&
        c.sentence - last.sentences[0]! <= 2
      ) {
        last.counterparts = others;
        last.pending = false;
        last.sentences.push(c.sentence);
        return;
      }
      if (others.length) drafts.push(draftOf(c, ctx, others));
      return;
    case 'pending': {
      const d = draftOf(c, ctx, others);
      d.pending = true;
      drafts.push(d);
      return;
    }
    case 'session':
      return session(c, found, drafts, ctx);
    case 'joint': {
      // Only with two officials as the subject, joined by "and", before the verb.
      const before = found.filter((m) => m.start < c.start + c.trigger.start);
      const subject = c.text.slice(0, c.trigger.start);
      if (unique(before.map((m) => m.person)).length < 2 || !/\band\b/.test(subject)) return;
      return meeting(
        c,
        before,
        unique(before.map((m) => m.person).filter((p) => p !== ctx.host)),
        drafts,
        ctx,
      );
    }
    default:
      return meeting(c, found, others, drafts, ctx);
  }
}

function joiners(c: Clause, others: Person[], drafts: Draft[]): void {
  const count = /\b(?:both|the two)\b/i.test(c.text)
    ? 2
    : /\ball\b/i.test(c.text)
      ? drafts.length
      : 1;
  for (const d of drafts.slice(-count)) {
    for (const p of others)
      if (!d.counterparts.includes(p) && !d.members.includes(p)) d.members.push(p);
    d.sentences.push(c.sentence);
  }
}

function session(c: Clause, found: Mention[], drafts: Draft[], ctx: Context): void {
  if (!refersToHost(c.text, found, ctx.host)) return;
  const last = drafts[drafts.length - 1];
  const near = last && c.sentence - last.sentences[last.sentences.length - 1]! <= 2;
  if (last?.kind === 'session' && near && !/\b(?:on|On)\s+(?:\p{Lu}\p{Ll}+day|\d)/u.test(c.text)) {
    last.sentences.push(c.sentence);
    return;
  }
  drafts.push(draftOf(c, ctx, [], 'session'));
}

function refersToHost(text: string, found: Mention[], host: Person | null): boolean {
  if (found.some((m) => m.person === host)) return true;
  if (/\b(?:he|she|his|her)\b/i.test(text)) return true;
  const head = host?.title
    ?.split(/\s+(?:of|for)\s+/)[0]
    ?.split(/\s+/)
    .pop();
  return !!head && new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+)?${head}\\b`, 'iu').test(text);
}

function meeting(
  c: Clause,
  found: Mention[],
  others: Person[],
  drafts: Draft[],
  ctx: Context,
): void {
  const lead = leadOf(c, found, ctx.host);
  let counterparts = lead ? others.filter((p) => p !== lead) : others;
  let referent: number | null = null;
  if (!counterparts.length && PLURAL_SUBJECT.test(c.text)) {
    referent = referentSentence(c.sentence, ctx);
    if (referent !== null) counterparts = peopleOfSentence(referent, ctx);
  }
  if (!counterparts.length) return;
  if (counterparts.every((p) => drafts.some((d) => d.counterparts.includes(p)))) {
    for (const d of drafts)
      if (d.counterparts.some((p) => counterparts.includes(p))) d.sentences.push(c.sentence);
    return;
  }
  for (const group of groups(c, found, counterparts)) {
    const d = draftOf(c, ctx, group);
    d.referent = referent;
    d.lead = lead;
    drafts.push(d);
  }
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
function introduced(
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
  });
}
