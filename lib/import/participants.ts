import type { Draft } from './draft';
import type { Person } from './people';
import type { Settled } from './settle';
import type { DraftParticipant } from './types';

/** Who sits on the host side of a meeting: the release's host, or whoever leads this one. */
export function meetingHost(d: Draft, releaseHost: Person | null): Person | null {
  return d.hostless ? null : (d.lead ?? releaseHost);
}

/**
 * The participants of a settled meeting, host first, with the country the text gives them or,
 * failing that, the one the setting implies: the release's country for its host (or the venue's
 * when the host receives a guest at home), the venue's for others outside an event.
 */
export function participantsOf(
  s: Settled,
  releaseHost: Person | null,
  home: string | null,
): DraftParticipant[] {
  const d = s.draft;
  const host = meetingHost(d, releaseHost);
  const guests = d.counterparts.map((p) => p.countryCode);
  const receives =
    /\b(?:received|hosted|welcomed)\b/.test(d.clause) && !/\bwas received\b/.test(d.clause);
  const atHome =
    receives && s.countryCode && !s.visit && !s.inEvent && !guests.includes(s.countryCode)
      ? s.countryCode
      : null;
  const hostCountry = d.lead ? (d.lead.countryCode ?? home) : (home ?? atHome);
  const country = (p: Person, role: DraftParticipant['role']): string | null => {
    if (p.countryCode || p.international) return p.countryCode;
    if (p === host) return hostCountry;
    return (s.inEvent ? null : s.countryCode) ?? (role === 'member' ? home : null);
  };
  const participant = (p: Person, role: DraftParticipant['role']): DraftParticipant => ({
    name: p.name,
    title: p.title,
    organization: p.organization,
    countryCode: country(p, role),
    officialId: null,
    organizationId: null,
    role,
  });
  return [
    ...(host ? [participant(host, 'host')] : []),
    ...d.counterparts.filter((p) => p !== host).map((p) => participant(p, 'head')),
    ...d.members.filter((p) => p !== host).map((p) => participant(p, 'member')),
  ];
}
