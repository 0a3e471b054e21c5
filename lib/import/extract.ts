import { findEvent } from './event';
import { formatOf } from './format';
import { findHost, homeCountry } from './host';
import { readLayout, type Layout } from './layout';
import { findMeetings } from './meetings';
import { participantsOf, meetingHost } from './participants';
import { findPeople, type Person } from './people';
import { splitSentences, type Sentence } from './sentences';
import { settle, type Settled } from './settle';
import { substanceOf } from './topics';
import type { DraftMeeting, ExtractInput, ExtractResult } from './types';
import { findVisits } from './visit';

/**
 * Proposes draft meetings from a pasted press release: pure, deterministic and offline. Dates
 * resolve against `published` (the dateline's date when it is null) and never past it; a
 * meeting the text gives no date for has date null and a warning.
 */
export function extract({ text, published }: ExtractInput): ExtractResult {
  const layout = readLayout(text, published);
  const found = extractFrom(layout, published);
  if (found.meetings.length || !layout.headline) return found;
  // "Minister X meets Y" told only in the headline: read it as part of the body.
  const [a, b] = layout.headline;
  const withHeadline = {
    ...layout,
    body: layout.body.slice(0, a) + text.slice(a, b) + layout.body.slice(b),
  };
  const again = extractFrom(withHeadline, published);
  return again.meetings.length ? again : found;
}

function extractFrom(layout: Layout, published: string | null): ExtractResult {
  const reference = published ?? layout.dateline?.date ?? null;
  const sentences = splitSentences(layout.body);
  const { people, mentions } = findPeople(sentences);
  const host = findHost(people, mentions, layout.body);
  const drafts = findMeetings(sentences, mentions, host);
  const event = findEvent(sentences, reference);
  const visits = findVisits(sentences, reference);
  const settled = settle(drafts, {
    sentences,
    published: reference,
    host,
    dateline: layout.dateline,
    event,
    visits,
  });
  const warnings: string[] = [];
  const starts = settled.map((s) => Math.min(...s.draft.sentences));
  // The host is abroad at an event, or on a visit whose sentence names them as the visitor.
  const visiting = visits.filter((v) =>
    mentions.some((m) => m.sentence === v.sentence && m.person === host),
  );
  const abroad = [
    ...(event?.countryCode ? [event.countryCode] : []),
    ...visiting.flatMap((v) => v.countries),
  ];
  const others = people.filter((p) => p !== host && p.countryCode).map((p) => p.countryCode!);
  const home = homeCountry(host, layout.dateline?.countryCode ?? null, abroad, layout.body, others);
  const meetings = settled.map((s) =>
    toMeeting(s, { sentences, host, reference, event, dateline: layout.dateline, starts, home }),
  );
  meetings.forEach((m, i) => {
    if (!m.date)
      warnings.push(`Meeting ${i + 1} (${m.title}): the text gives no date; please enter it.`);
  });
  if (!meetings.length) warnings.push('No meeting found in the text.');
  return { meetings, warnings };
}

interface Whole {
  sentences: ReturnType<typeof splitSentences>;
  host: Person | null;
  reference: string | null;
  event: ReturnType<typeof findEvent>;
  dateline: ReturnType<typeof readLayout>['dateline'];
  /** The host's country, when the text leaves it to be inferred. */
  home: string | null;
  /** First sentence of every meeting, so that each reads on only until the next begins. */
  starts: number[];
}

// The meeting's own sentences and those after it that say what was discussed, up to the next.
function bodyOf(d: Settled['draft'], whole: Whole): Sentence[] {
  const last = Math.max(...d.sentences);
  const next = Math.min(...whole.starts.filter((x) => x > last), whole.sentences.length);
  const paragraph = whole.sentences[last]!.paragraph;
  const more: number[] = [];
  for (let i = last + 1; i < Math.min(next, last + 5); i++) {
    if (whole.sentences[i]!.paragraph > paragraph + 1) break;
    more.push(i);
  }
  return [...new Set([...d.sentences, ...more])]
    .sort((a, b) => a - b)
    .map((i) => whole.sentences[i]!);
}

function toMeeting(s: Settled, whole: Whole): DraftMeeting {
  const d = s.draft;
  const people = participantsOf(s, whole.host, whole.home);
  const evidence = [...new Set(d.sentences)].sort((a, b) => a - b).map((i) => whole.sentences[i]!);
  const substance = substanceOf(bodyOf(d, whole), whole.reference);
  return {
    title: titleOf(s, whole),
    date: s.date?.date ?? null,
    endDate: s.date?.endDate ?? null,
    datePrecision: s.date?.precision ?? 'day',
    city: s.city,
    countryCode: s.countryCode,
    format: formatOf(s, people),
    event:
      s.inEvent && whole.event
        ? {
            name: whole.event.name,
            startDate: whole.event.startDate,
            endDate: whole.event.endDate,
            eventId: null,
          }
        : null,
    participants: people,
    topics: substance.topics.map((name) => ({ name, topicId: null })),
    outcomes: substance.outcomes.join(' '),
    followUps: substance.followUps,
    duplicateOf: null,
    evidence: evidence.map((x) => [x.start, x.end] as [number, number]),
  };
}

const surname = (p: Person) => p.name.split(/\s+/).pop() ?? p.name;

function titleOf(s: Settled, whole: Whole): string {
  if (s.draft.kind === 'session') return `Statement at ${whole.event?.name ?? 'the session'}`;
  const lead = meetingHost(s.draft, whole.host);
  const sides = [lead, ...s.draft.counterparts].filter((p): p is Person => !!p);
  return unique(sides).map(surname).join(' – ');
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
