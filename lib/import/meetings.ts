import { introduced, meeting } from './counterparts';
import { draftOf, unique, type Clause, type Context, type Draft } from './draft';
import type { Mention, Person } from './people';
import type { Sentence } from './sentences';
import { findTriggers } from './triggers';

export type { Draft } from './draft';

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
