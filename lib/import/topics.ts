import { findDates } from './dates';
import type { Sentence } from './sentences';

/** What a meeting's sentences say was discussed, agreed and planned. */
export interface Substance {
  topics: string[];
  outcomes: string[];
  followUps: { description: string; dueDate: string | null }[];
}

const DISCUSSED =
  /\b(?:discussed|reviewed|exchanged views on|focused on|concerned|covered|talked about|touched upon|dealt with|on the (?:topics?|issues?) of|the importance of|the situation in)\s+(.+)$/i;
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

function phrases(list: string): string[] {
  return list
    .replace(/[.;:]$|[“”"]/g, '')
    .split(/,\s*(?:and\s+|as well as\s+)?|;\s*|\s+as well as\s+|\s+and\s+(?=the\b)/)
    .map((p) =>
      p
        .replace(/^(?:the|a|an|also|on)\s+/i, '')
        .replace(/\s+(?:with|between|in|of|for)\s+.*$/i, (m) => (m.length < 40 ? m : ''))
        .trim(),
    )
    .map((p) => p.split(/\s+/).slice(0, 8).join(' '))
    .filter((p) => p.length > 2 && !/^(?:he|she|they|it)\b/i.test(p));
}
