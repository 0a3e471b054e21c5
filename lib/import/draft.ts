import { FUTURE } from './lexicon';
import type { Mention, Person } from './people';
import type { Sentence } from './sentences';
import { remoteFormat, type Trigger } from './triggers';

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
  /** The release's host is the guest here, met by an unnamed official: "the State Secretary". */
  hostless: boolean;
}

/** A clause of a sentence and the trigger that opens it. */
export interface Clause {
  sentence: number;
  text: string;
  start: number;
  trigger: Trigger;
}

/** What the clause handlers read beside the clause. */
export interface Context {
  sentences: Sentence[];
  mentions: Mention[];
  host: Person | null;
  paragraph: number;
}

/** A new draft for a clause. */
export function draftOf(
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
    hostless: false,
  };
}

/** The clause without what it says is planned: "… the Summit to be held in New York in September". */
function happened(clause: string, verbEnd: number): string {
  const rest = clause.slice(verbEnd);
  const future = FUTURE.exec(rest);
  return future ? clause.slice(0, verbEnd + future.index) : clause;
}

/** The people once each, in order. */
export function unique(people: Person[]): Person[] {
  return [...new Set(people)];
}
