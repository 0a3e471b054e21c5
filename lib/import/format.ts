import type { DraftParticipant, MeetingFormat } from './types';
import type { Settled } from './settle';

/** The side a participant sits on: their country, or their organization ("EU", "UN"). */
export function sideOf(p: DraftParticipant): string | null {
  if (p.countryCode) return p.countryCode;
  const org = `${p.organization ?? ''} ${p.title ?? ''}`;
  if (/\bEurope(?:an)?\b|\bEU\b/.test(org)) return 'EU';
  if (/\bUnited Nations\b|\bUN\b|Secretary-General/.test(org)) return 'UN';
  const acronym = /\(([\p{Lu}\d]{2,})\)|\b([\p{Lu}]{2,})\b/u.exec(org);
  if (acronym) return acronym[1] ?? acronym[2]!;
  return p.organization ? p.organization.toLowerCase() : null;
}

/**
 * Call or video as the text says; a session statement or more than two sides is multilateral;
 * a meeting with the hosts of an official visit is a visit; else bilateral. Sides, not people.
 */
export function formatOf(s: Settled, participants: DraftParticipant[]): MeetingFormat {
  if (s.draft.remote) return s.draft.remote;
  if (s.draft.kind === 'session') return 'multilateral';
  // The host is a side of their own even when the text does not give their country.
  const [host, ...others] = participants;
  const sides = new Set([
    host ? (sideOf(host) ?? '#host') : '#host',
    ...others.map(sideOf).filter(Boolean),
  ]);
  if (sides.size > 2 || /\b(?:trilateral|quadrilateral|multilateral)\b/i.test(s.draft.clause))
    return 'multilateral';
  const visit = s.visit;
  if (visit?.official) {
    const hosts = participants.some(
      (p) => p.countryCode && visit.countries.includes(p.countryCode),
    );
    const guests = participants.some(
      (p) => !p.countryCode || !visit.countries.includes(p.countryCode),
    );
    if (hosts && guests && (!s.countryCode || visit.countries.includes(s.countryCode)))
      return 'visit';
  }
  return 'bilateral';
}
