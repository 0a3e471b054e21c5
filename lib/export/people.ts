import { countryName } from '@/lib/countries';
import type { ExportMeeting, ExportParticipant } from './types';

/** The participant's name: the official's, else (an organization taking part) the organization's. */
export function participantName(p: ExportParticipant): string {
  return p.officialName ?? p.organizationName ?? '';
}

/**
 * "Kairat Umarov (First Deputy Foreign Minister, Ministry of Foreign Affairs of Kazakhstan)": the
 * name with the title and organization at the time, as a reader would write it.
 */
export function describeParticipant(p: ExportParticipant): string {
  if (!p.officialName) return p.organizationName ?? '';
  const details = [p.title, p.organizationName].filter((v): v is string => Boolean(v));
  return details.length ? `${p.officialName} (${details.join(', ')})` : p.officialName;
}

/** Distinct non-empty values, in first-seen order. */
function distinct(values: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

/** The organizations taking part, each once, in the participants' order. */
export function organizationNames(m: ExportMeeting): string[] {
  return distinct(m.participants.map((p) => p.organizationName));
}

/** The countries the participants represented, as names, each once. */
export function representedCountries(m: ExportMeeting): string[] {
  return distinct(m.participants.map((p) => countryName(p.countryCode)));
}

/** Venue, city and country, as one line: "Vienna International Centre, Vienna, Austria". */
export function placeLine(m: ExportMeeting): string {
  return distinct([m.venue, m.city, countryName(m.countryCode)]).join(', ');
}
