import { countryName } from '@/lib/countries';
import type { MeetingFormat } from '@/lib/domain/vocabularies';
import { ofCountry } from './lists/countries';
import { fill } from './lists/phrases';
import type { RosterEvent } from './events';
import type { BuiltParticipant } from './meeting-builder';
import type { RosterOfficial } from './roster';

/** How generated meetings read: titles in the seed article's style, sentences, topic names. */

/** "Germany", "the OSCE". */
export function sideName(p: BuiltParticipant): string {
  if (p.countryCode) return ofCountry(p.countryCode, countryName(p.countryCode));
  const org = p.org?.acronym ?? p.org?.name;
  return org ? `the ${org}` : (p.official?.displayName ?? '');
}

/** Fills a template as a sentence: "the OSCE confirmed…" starts with a capital. */
export function sentence(template: string, words: Record<string, string>): string {
  const text = fill(template, words);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Umarov – Waly (UNODC)": international civil servants carry their organization's acronym. */
function label(p: BuiltParticipant): string {
  const io = !p.countryCode && p.org?.acronym;
  const name = p.official?.family ?? '';
  return io ? `${name} (${io})` : name;
}

export function titleOf(
  format: MeetingFormat,
  heads: RosterOfficial[],
  participants: BuiltParticipant[],
  event: RosterEvent | null,
  topic: string,
): string {
  const names = participants.slice(0, heads.length).map(label).join(' – ');
  const first = participants[0]!;
  switch (format) {
    case 'call':
      return `Phone call: ${names}`;
    case 'video':
      return `Video conference: ${names}`;
    case 'visit':
      return `Visit of ${heads[0]!.displayName} to ${sideName(participants[1] ?? first)}`;
    case 'plenary':
      return `${event?.short ?? 'Plenary'}: statement by ${sideName(first)}`;
    case 'side_event':
      return `${event?.short ?? 'Side event'}: side event on ${topic}`;
    case 'multilateral':
      return event
        ? `${event.short}: meeting on ${topic} (${names})`
        : `Consultations on ${topic}: ${names}`;
    default:
      return names;
  }
}

const PROPER_TOPICS = new Set(['Afghanistan', 'Caspian region']);

/** Sentence case for a topic inside a sentence, keeping proper names and acronyms. */
export function lowerTopic(name: string): string {
  if (/^[A-Z]{2}/.test(name) || /\s[A-Z]/.test(name) || PROPER_TOPICS.has(name)) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}
