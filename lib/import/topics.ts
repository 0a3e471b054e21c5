import { findDates } from './dates';
import type { Sentence } from './sentences';

/** What a meeting's sentences say was discussed, agreed and planned. */
export interface Substance {
  topics: string[];
  outcomes: string[];
  followUps: { description: string; dueDate: string | null }[];
}

const DISCUSSED =
  /\b(?:discussed|reviewed|exchanged views on|focused on|concerned|covered|talked about|touched upon|dealt with|on the (?:topics?|issues?) of|the importance of|the situation in|commended|praised|highlighted|stressed|emphasi[sz]ed|underlined)\s+(.+)$/i;
const AGREED =
  /\b(?:agreed|signed|adopted|pledged|decided|approved|reached|concluded|welcomed|affirmed|reaffirmed)\b/i;
const PLANNED =
  /\b(?:invited|invitation|will|would|next (?:round|meeting|session)|to be held|is due|are due|planned|upcoming|is expected|agreed to (?:hold|meet|convene|open|launch|revive|establish))\b/i;

/** Topics (short phrases), outcomes and follow-ups from the sentences of one meeting. */
export function substanceOf(sentences: Sentence[], published: string | null): Substance {
  const out: Substance = { topics: [], outcomes: [], followUps: [] };
  for (const s of sentences) {
    const text = s.text.replace(/\s+/g, ' ').trim();
    const topic = DISCUSSED.exec(text);
    if (topic) out.topics.push(...phrases(topic[1]!));
    if (PLANNED.test(text)) {
      const due = findDates(text, published, 'future')[0];
      out.followUps.push({ description: text, dueDate: due?.endDate ?? due?.date ?? null });
    } else if (AGREED.test(text)) out.outcomes.push(text);
  }
  out.topics = [...new Set(out.topics)].slice(0, 8);
  return out;
}

// Abstract heads that say nothing of the subject: "the possibilities for the development of …".
const ABSTRACT =
  /^(?:the\s+)?(?:(?:current\s+)?state and\s+)?(?:possibilit(?:y|ies)|prospects?|opportunities|issues?|questions?|matters?|ways?|means|current state|state|development|implementation|organization|strengthening|expansion|importance)\s+(?:for|of|to)\s+(?:the\s+)?/i;

function phrases(list: string): string[] {
  return list
    .replace(/^with\s+[^,]*?\p{Lu}[\p{L}'’-]+\s+(?=the\s)/u, '')
    .replace(/[.;:]$|[“”"]/g, '')
    .replace(/\s+(?:amid|which|that|who|where|while)\s.*$/, '')
    .split(/,\s*(?:and\s+|as well as\s+)?|;\s*|\s+as well as\s+|\s+and\s+(?=the\b|\p{Ll}+ed\s)/u)
    .map((p) => {
      let phrase = p.replace(/^\p{Ll}+ed\s+/u, '').replace(/^(?:the|a|an|also|on)\s+/i, '');
      for (let k = 0; k < 3 && ABSTRACT.test(phrase); k++) phrase = phrase.replace(ABSTRACT, '');
      return phrase.trim();
    })
    .map((p) =>
      p
        .split(/\s+/)
        .slice(0, 7)
        .join(' ')
        .replace(/(?:\s+(?:in|of|for|the|and|to|on|with|a|an|by|at))+$/, ''),
    )
    .filter(
      (p) =>
        p.length > 2 &&
        !/^(?:he|she|they|it|with)\b/i.test(p) &&
        !/^(?:reported|said|according|told|noted)\b/i.test(p),
    );
}
