import { findDates, type DateMention } from './dates';
import { FUTURE } from './lexicon';
import type { Sentence } from './sentences';
import { findCities } from './venue';

/** The conference or session a release's meetings took place at. */
export interface EventInfo {
  name: string;
  startDate: string | null;
  endDate: string | null;
  city: string | null;
  countryCode: string | null;
  /** Index of the sentence that first names it. */
  sentence: number;
  /** Index of the first "on the sidelines of" sentence, or null. */
  margins: number | null;
}

const EVENT_NOUN =
  /\b(?:session|sessions|council|summit|meeting|forum|conference|assembly|segment|week|congress|ministerial|consultations|G\d+|convention|symposium|expo)\b/i;
// Capitalized, these name an event: "the Raisina Dialogue", "the Shangri-La Dialogue".
const PROPER_EVENT =
  /\b(?:Dialogue|Games|Festival|Fair|Retreat|Roundtable|Round Table|Seminar|Workshop|Talks|Meetings)\b/;
const GENERIC =
  /^(?:(?:first|second|third|fourth|opening|closing|plenary|final|high-level|same|annual)\s+)?(?:session|meeting|council|summit|conference|forum|segment|event|talks)(?:\s+of the (?:meeting|session|council|summit))?$/i;
const NAME = String.raw`((?:[\p{L}\d][\p{L}\p{M}\d'’.–-]*)(?:\s+(?:of|for|on|and|the|de|'s|’s)?\s*(?:[\p{Lu}\d][\p{L}\p{M}\d'’.–-]*|\([\p{Lu}\d]{2,}\)|high-level|ordinary|extraordinary|annual|informal|trilateral|foreign|ministers|session|meeting|week|segment|of|the))*)`;
const CUES = [
  String.raw`\b(?:on|in) the (?:sidelines|margins?) of (?:the )?`,
  String.raw`\b(?:took part in|take part in|taking part in|participated in|participate in|participating in|attended|attending|participation in|led [\p{L}\s]{0,30}?delegation to|addressed|addressing|address to|at the opening of|speaking at|hosted|during|at) the `,
  String.raw`\b(?:met|gathered|convened)\b[^.;]{0,40}?\bfor the `,
];
const PATTERN = new RegExp(`(?:${CUES.join('|')})${NAME}`, 'giu');

/** The main event of a release, its dates and its city, or null. */
export function findEvent(sentences: Sentence[], published: string | null): EventInfo | null {
  let event: EventInfo | null = null;
  const dated: number[] = [];
  sentences.forEach((s, i) => {
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(s.text); m; m = PATTERN.exec(s.text)) {
      if (FUTURE.test(s.text.slice(Math.max(0, m.index - 50), m.index))) continue;
      const margins = /sidelines|margins?/i.test(m[0].slice(0, 30));
      const name = trimName(m[1]!);
      if (event && margins) event.margins ??= i;
      const lead = name.split(/\s+/).slice(0, 5).join(' ');
      const eventish = EVENT_NOUN.test(lead) || PROPER_EVENT.test(lead);
      if (!name || GENERIC.test(name) || !eventish || /\bpress\b/i.test(name)) {
        if (event && !margins) dated.push(i);
        continue;
      }
      if (!event) {
        const place = findCities(s.text).find((c) => c.index > m!.index) ?? findCities(s.text)[0];
        event = {
          name,
          startDate: null,
          endDate: null,
          city: place?.city ?? null,
          countryCode: place?.code ?? null,
          sentence: i,
          margins: margins ? i : null,
        };
      }
      if (!margins || /\buntil|through|runs?\b/i.test(s.text)) dated.push(i);
    }
  });
  if (event) datesOf(event, sentences, dated, published);
  return event;
}

const WHEN =
  /\s+(?:on|in|from|at|since|until|this|last|yesterday|today)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b).*$/;

function trimName(raw: string): string {
  let name = raw
    .replace(WHEN, '')
    .replace(/\s+to\s+\p{Ll}.*$/u, '')
    .replace(/\s+in the\s.*$/, '')
    .replace(/[.,;:]+$/, '');
  const at = findCities(name).find((c) => c.prepositional);
  if (at) name = name.slice(0, at.index).replace(/\s+in\s*$/, '');
  return name
    .replace(/\s+(?:on|in|of|for|and|the|from|at|which|that|held)$/i, '')
    .replace(/\s+(?:on|in|of|for|and|the|from|at|which|that|held)$/i, '')
    .replace(/^the\s+/i, '')
    .trim();
}

// Dates of the sentences about the event (and the one after it: "The session runs from …").
function datesOf(
  event: EventInfo,
  sentences: Sentence[],
  dated: number[],
  published: string | null,
) {
  const mentions: DateMention[] = [];
  for (const i of new Set(dated)) {
    mentions.push(...findDates(sentences[i]!.text, published));
    const next = sentences[i + 1];
    if (
      next &&
      /^(?:The|This|It)\s+(?:\w+\s+)?(?:session|meeting|council|summit|conference|forum|event|week|runs|is|was)\b/i.test(
        next.text,
      )
    )
      mentions.push(...findDates(next.text, published));
  }
  const range = mentions.find((m) => m.endDate && m.precision === 'day');
  if (range) {
    event.startDate = range.date;
    event.endDate = range.endDate;
    return;
  }
  const days = mentions
    .filter((m) => m.precision === 'day' && !m.until)
    .map((m) => m.date)
    .sort();
  const until = mentions.find((m) => m.until);
  event.startDate = days[0] ?? null;
  // One day named in passing ("delivered a statement on 24 February") opens the event; its
  // end stays unknown unless the text gives it.
  event.endDate = until?.date ?? (days.length > 1 ? days[days.length - 1]! : null);
}
