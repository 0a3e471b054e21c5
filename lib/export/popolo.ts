import { countryName } from '@/lib/countries';
import type { OrganizationKind } from '@/lib/domain/vocabularies';
import { placeLine } from './people';
import type { ExportMeeting, MeetingBatches } from './types';

/**
 * Popolo (popoloproject.com) JSON: the meetings as events, the officials who took part as
 * persons, their organizations (with the organizations above them, so every parent_id resolves)
 * and their memberships — the positions Parley records, plus the affiliations seen at meetings
 * that no recorded position covers. Ids are strings that say what they point at
 * ("official/12"). Written as a stream: events while the meetings are read, then the rest looked
 * up by id in batches, so only sets of ids stay in memory.
 */

export interface PopoloPersonRow {
  id: number;
  displayName: string;
  sortName: string;
  aliases: string[];
  countryCode: string | null;
  wikidataId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface PopoloOrganizationRow {
  id: number;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind;
  countryCode: string | null;
  parentId: number | null;
  website: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface PopoloPositionRow {
  id: number;
  officialId: number;
  organizationId: number | null;
  title: string;
  startDate: string | null;
  endDate: string | null;
}

export interface PopoloEventRow {
  id: number;
  name: string;
  description: string | null;
  startDate: string;
  endDate: string;
  venue: string | null;
  city: string | null;
  countryCode: string | null;
  organizerId: number | null;
}

/** How the Popolo export reads the records its meetings refer to; each call gets ≤ 500 ids. */
export interface PopoloLookup {
  officials(ids: number[]): Promise<PopoloPersonRow[]>;
  positionsOf(officialIds: number[]): Promise<PopoloPositionRow[]>;
  /** The organizations and every organization above them. */
  organizationsWithAncestors(ids: number[]): Promise<PopoloOrganizationRow[]>;
  events(ids: number[]): Promise<PopoloEventRow[]>;
}

export const popoloId = {
  person: (id: number) => `official/${id}`,
  organization: (id: number) => `organization/${id}`,
  meeting: (id: number) => `meeting/${id}`,
  event: (id: number) => `event/${id}`,
  position: (id: number) => `position/${id}`,
};

const isoTime = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Popolo links need an absolute URI; Parley's free-text websites may lack the scheme. */
const isWebUrl = (value: string | null): value is string =>
  value !== null && /^https?:\/\/[^\s]+$/i.test(value);

/** A meeting's dates at the precision known: "2023-03" for a month (Popolo allows it). */
function meetingDates(m: ExportMeeting): { start_date: string; end_date: string } {
  if (m.datePrecision === 'month') {
    return { start_date: m.startDate.slice(0, 7), end_date: m.endDate.slice(0, 7) };
  }
  return { start_date: m.startDate, end_date: m.endDate };
}

/** A meeting as a Popolo event, its officials as attendees, its host as the organizer. */
export function popoloEvent(m: ExportMeeting) {
  const host = m.participants.find((p) => p.role === 'host' && p.organizationId !== null);
  return {
    id: popoloId.meeting(m.id),
    name: m.title,
    description: m.summary,
    ...meetingDates(m),
    location: placeLine(m) || null,
    status: m.status,
    classification: m.format,
    organization_id: host?.organizationId ? popoloId.organization(host.organizationId) : null,
    parent_id: m.eventId !== null ? popoloId.event(m.eventId) : null,
    attendees: m.participants.flatMap((p) =>
      p.officialId !== null
        ? [{ id: popoloId.person(p.officialId), name: p.officialName ?? '' }]
        : [],
    ),
    sources: m.sources.flatMap((s) =>
      isWebUrl(s.url) ? [{ url: s.url, note: s.title ?? s.publisher ?? null }] : [],
    ),
    created_at: isoTime(m.createdAt),
    updated_at: isoTime(m.updatedAt),
  };
}

/** An umbrella event ("66th session of the CND") as a Popolo event. */
export function popoloUmbrellaEvent(e: PopoloEventRow) {
  const location = [e.venue, e.city, countryName(e.countryCode)].filter(Boolean).join(', ');
  return {
    id: popoloId.event(e.id),
    name: e.name,
    description: e.description,
    start_date: e.startDate,
    end_date: e.endDate,
    location: location || null,
    classification: 'event',
    organization_id: e.organizerId !== null ? popoloId.organization(e.organizerId) : null,
  };
}

/** An official as a Popolo person. */
export function popoloPerson(o: PopoloPersonRow) {
  return {
    id: popoloId.person(o.id),
    name: o.displayName,
    sort_name: o.sortName,
    other_names: o.aliases.map((name) => ({ name })),
    identifiers: o.wikidataId ? [{ scheme: 'wikidata', identifier: o.wikidataId }] : [],
    national_identity: o.countryCode ? countryName(o.countryCode) : null,
    links: o.wikidataId
      ? [{ url: `https://www.wikidata.org/wiki/${o.wikidataId}`, note: 'Wikidata' }]
      : [],
    created_at: isoTime(o.createdAt),
    updated_at: isoTime(o.updatedAt),
  };
}

/** An organization as a Popolo organization; its kind is the classification. */
export function popoloOrganization(o: PopoloOrganizationRow) {
  return {
    id: popoloId.organization(o.id),
    name: o.name,
    other_names: [
      ...(o.acronym ? [{ name: o.acronym, note: 'acronym' }] : []),
      ...o.aliases.map((name) => ({ name })),
    ],
    classification: o.kind,
    parent_id: o.parentId !== null ? popoloId.organization(o.parentId) : null,
    links: isWebUrl(o.website) ? [{ url: o.website, note: 'website' }] : [],
    created_at: isoTime(o.createdAt),
    updated_at: isoTime(o.updatedAt),
  };
}

/** A recorded position as a Popolo membership: the title is the role. */
export function popoloMembership(p: PopoloPositionRow & { organizationId: number }) {
  return {
    id: popoloId.position(p.id),
    person_id: popoloId.person(p.officialId),
    organization_id: popoloId.organization(p.organizationId),
    role: p.title || null,
    label: p.title || null,
    start_date: p.startDate,
    end_date: p.endDate,
  };
}

/** An affiliation seen at meetings (official × organization × title at the time). */
interface Affiliation {
  officialId: number;
  organizationId: number;
  title: string | null;
  first: string;
  last: string;
}

const affiliationKey = (officialId: number, organizationId: number, title: string | null) =>
  JSON.stringify([officialId, organizationId, (title ?? '').trim().toLowerCase()]);

/** A Popolo membership for an affiliation no recorded position covers, dated by its meetings. */
export function popoloAffiliation(a: Affiliation, n: number) {
  return {
    id: `participation/${n}`,
    person_id: popoloId.person(a.officialId),
    organization_id: popoloId.organization(a.organizationId),
    role: a.title,
    label: 'As recorded at meetings',
    start_date: a.first,
    end_date: a.last,
  };
}

const BATCH = 500;

function* chunks(ids: Iterable<number>): Generator<number[]> {
  let chunk: number[] = [];
  for (const id of ids) {
    chunk.push(id);
    if (chunk.length === BATCH) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** A JSON array member: a comma before every item but the first. */
function itemWriter() {
  let first = true;
  return (value: unknown) => {
    const text = (first ? '\n' : ',\n') + JSON.stringify(value);
    first = false;
    return text;
  };
}

/** The Popolo export as text chunks: `{ events, persons, memberships, organizations }`. */
export async function* popoloChunks(
  batches: MeetingBatches,
  lookup: PopoloLookup,
): AsyncGenerator<string> {
  const officialIds = new Set<number>();
  const organizationIds = new Set<number>();
  const eventIds = new Set<number>();
  const affiliations = new Map<string, Affiliation>();

  yield '{"events":[';
  let item = itemWriter();
  for await (const batch of batches) {
    let text = '';
    for (const m of batch) {
      text += item(popoloEvent(m));
      if (m.eventId !== null) eventIds.add(m.eventId);
      for (const p of m.participants) {
        if (p.organizationId !== null) organizationIds.add(p.organizationId);
        if (p.officialId === null) continue;
        officialIds.add(p.officialId);
        if (p.organizationId === null) continue;
        const key = affiliationKey(p.officialId, p.organizationId, p.title);
        const seen = affiliations.get(key);
        if (!seen) {
          affiliations.set(key, {
            officialId: p.officialId,
            organizationId: p.organizationId,
            title: p.title,
            first: m.startDate,
            last: m.endDate,
          });
        } else {
          if (m.startDate < seen.first) seen.first = m.startDate;
          if (m.endDate > seen.last) seen.last = m.endDate;
        }
      }
    }
    if (text) yield text;
  }
  for (const ids of chunks(eventIds)) {
    const rows = await lookup.events(ids);
    for (const e of rows) if (e.organizerId !== null) organizationIds.add(e.organizerId);
    yield rows.map((e) => item(popoloUmbrellaEvent(e))).join('');
  }

  yield '\n],"persons":[';
  item = itemWriter();
  for (const ids of chunks(officialIds)) {
    yield (await lookup.officials(ids)).map((o) => item(popoloPerson(o))).join('');
  }

  yield '\n],"memberships":[';
  item = itemWriter();
  for (const ids of chunks(officialIds)) {
    let text = '';
    for (const p of await lookup.positionsOf(ids)) {
      if (p.organizationId === null) continue;
      organizationIds.add(p.organizationId);
      affiliations.delete(affiliationKey(p.officialId, p.organizationId, p.title));
      text += item(popoloMembership({ ...p, organizationId: p.organizationId }));
    }
    yield text;
  }
  let n = 0;
  for (const a of affiliations.values()) yield item(popoloAffiliation(a, ++n));
  affiliations.clear();

  yield '\n],"organizations":[';
  item = itemWriter();
  const written = new Set<number>();
  for (const ids of chunks(organizationIds)) {
    let text = '';
    for (const o of await lookup.organizationsWithAncestors(ids)) {
      if (written.has(o.id)) continue;
      written.add(o.id);
      text += item(popoloOrganization(o));
    }
    yield text;
  }
  yield '\n]}\n';
}
