import fs from 'node:fs';
import path from 'node:path';
import { eventInput } from '@/lib/validation/entities';
import { meetingInput, type MeetingFormValues } from '@/lib/validation/meeting';
import type { Db } from '../client';
import { systemActor } from '../writes/audit';
import { createEvent } from '../writes/events';
import { createMeeting } from '../writes/meetings';
import { createOfficial } from '../writes/officials';
import { createOrganization } from '../writes/organizations';
import { findOrCreateTopic } from '../writes/topics';
import { topicParent } from './lists/topics';

/** The seed article as logged by hand: shared/fixtures/seed-article.gold.json. */
export interface GoldArticle {
  source: string;
  published: string | null;
  event: {
    name: string;
    city: string;
    country_iso2: string;
    start: string;
    end: string;
    organizer: string;
  };
  meetings: Array<{
    title: string;
    date: string;
    date_precision: 'day' | 'range';
    city: string;
    country_iso2: string;
    format: 'bilateral' | 'multilateral';
    participants: Array<{
      name: string;
      title: string;
      organization: string;
      country_iso2: string | null;
    }>;
    topics: string[];
    outcomes?: string[];
    follow_ups?: string[];
  }>;
}

const demoDir = path.join(process.cwd(), 'db', 'demo');

export function readGoldArticle(): GoldArticle {
  return JSON.parse(fs.readFileSync(path.join(demoDir, 'seed-article.gold.json'), 'utf8'));
}

/** The article's headline: the first line of the stored text. */
export function readHeadline(): string {
  const text = fs.readFileSync(path.join(demoDir, 'seed-article.txt'), 'utf8');
  return text.split('\n')[0]!.trim();
}

export const SEED_ARTICLE_URL =
  'https://astanatimes.com/2023/03/kazakhstan-underlines-importance-of-regional-counter-narcotics-initiatives-and-cooperation-with-austria/';
export const SEED_ARTICLE_PUBLISHER = 'The Astana Times';

/** Short factual summaries from the article, by gold meeting title. */
const SUMMARIES: Record<string, string> = {
  'Opening of the 66th CND session: statement by Kazakhstan':
    'At the opening of the 66th CND session, Kairat Umarov stressed the importance of regional ' +
    'initiatives amid growing global and regional instability, citing the Central Asian ' +
    'Regional Information and Coordination Center (CARICC), established in Almaty with UNODC support.',
  'Umarov – Launsky-Tieffenthal':
    'Launsky-Tieffenthal commended the ongoing reforms in Kazakhstan and praised the prospects ' +
    'for interaction between the two countries.',
  'Umarov – Waly (UNODC)':
    'Waly highlighted Kazakhstan’s leading role in the region in promoting development assistance ' +
    'programmes; Umarov thanked UNODC for national and regional projects on police reform and ' +
    'combating cybercrime.',
  'Umarov – Floyd (CTBTO)':
    'The parties discussed developing the Kazakh segment of the International Monitoring System ' +
    'and organizing joint scientific and technical events in Kazakhstan.',
  'Umarov – Schmid (OSCE)':
    'The parties discussed the state and prospects of Kazakhstan’s cooperation with the OSCE. ' +
    'Umarov appreciated the OSCE experts’ and Parliamentary Assembly’s monitoring of the Mazhilis ' +
    'election and invited Schmid, on behalf of the Foreign Minister, to the Astana International Forum.',
};

/** Due dates of the gold follow-ups, where the article gives one ("in June"). */
const FOLLOW_UP_DUE: Record<string, string> = {
  'Schmid invited to the Astana International Forum in June 2023': '2023-06-30',
};

type OrgKey = 'un' | 'unodc' | 'cnd' | 'kzMfa' | 'atMfa' | 'ctbto' | 'osce';

/**
 * Logs the seed article through the same write functions a user's form goes through, so that it
 * reads exactly like hand-entered data: organizations, officials with positions, the CND event,
 * and the five meetings with topics, outcomes, follow-ups and the source.
 */
export async function loadSeedArticle(db: Db): Promise<{ eventId: number; meetingIds: number[] }> {
  const gold = readGoldArticle();
  const org = await createOrganizations(db);
  const orgByGoldName: Record<string, number> = {
    'Ministry of Foreign Affairs of Kazakhstan': org.kzMfa,
    'Austrian Foreign Ministry': org.atMfa,
    'United Nations Office on Drugs and Crime (UNODC)': org.unodc,
    'Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO)': org.ctbto,
    'Organization for Security and Co-operation in Europe (OSCE)': org.osce,
  };
  const officialIds = await createOfficials(db, gold, orgByGoldName);
  createSeedTopics(db, gold);
  const { id: eventId } = await createEvent(
    db,
    eventInput.parse({
      name: gold.event.name,
      startDate: gold.event.start,
      endDate: gold.event.end,
      city: gold.event.city,
      countryCode: gold.event.country_iso2,
      organizerId: org.cnd,
    }),
  );
  const headline = readHeadline();
  const meetingIds: number[] = [];
  for (const m of gold.meetings) {
    const [date, endDate = ''] = m.date.split('/');
    const values: MeetingFormValues = {
      title: m.title,
      datePrecision: m.date_precision,
      date: date!,
      endDate,
      time: '',
      venue: '',
      city: m.city,
      countryCode: m.country_iso2,
      eventId,
      format: m.format,
      status: 'held',
      classification: 'public',
      summary: SUMMARIES[m.title] ?? '',
      outcomes: (m.outcomes ?? []).join('\n'),
      participants: m.participants.map((p) => ({
        officialId: officialIds.get(p.name)!,
        organizationId: orgByGoldName[p.organization]!,
        role: 'head' as const,
        title: p.title,
      })),
      topics: m.topics.map((name) => ({ name })),
      sources: [
        {
          url: SEED_ARTICLE_URL,
          title: headline,
          publisher: SEED_ARTICLE_PUBLISHER,
          publishedDate: '',
        },
      ],
      followUps: (m.follow_ups ?? []).map((description) => ({
        description,
        owner: '',
        dueDate: FOLLOW_UP_DUE[description] ?? '',
        status: 'open' as const,
      })),
    };
    meetingIds.push((await createMeeting(db, meetingInput.parse(values))).id);
  }
  return { eventId, meetingIds };
}

async function createOrganizations(db: Db): Promise<Record<OrgKey, number>> {
  const base = { acronym: null, countryCode: null, parentId: null, website: null, aliases: [] };
  const intl = { ...base, kind: 'international' as const };
  const un = (await createOrganization(db, { ...intl, name: 'United Nations', acronym: 'UN' })).id;
  const underUn = { ...intl, parentId: un };
  const unodc = await createOrganization(db, {
    ...underUn,
    name: 'United Nations Office on Drugs and Crime',
    acronym: 'UNODC',
  });
  const cnd = await createOrganization(db, {
    ...underUn,
    name: 'Commission on Narcotic Drugs',
    acronym: 'CND',
    aliases: ['United Nations Commission on Narcotic Drugs', 'UN Commission on Narcotic Drugs'],
  });
  const kzMfa = await createOrganization(db, {
    ...base,
    name: 'Ministry of Foreign Affairs of Kazakhstan',
    kind: 'ministry',
    countryCode: 'KZ',
    aliases: ['Kazakh Foreign Ministry', 'MFA of Kazakhstan'],
  });
  const atMfa = await createOrganization(db, {
    ...base,
    name: 'Austrian Foreign Ministry',
    kind: 'ministry',
    countryCode: 'AT',
    aliases: ['Federal Ministry for European and International Affairs'],
  });
  const ctbto = await createOrganization(db, {
    ...intl,
    name: 'Comprehensive Nuclear-Test-Ban Treaty Organization',
    acronym: 'CTBTO',
    aliases: ['Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization'],
  });
  const osce = await createOrganization(db, {
    ...intl,
    name: 'Organization for Security and Co-operation in Europe',
    acronym: 'OSCE',
  });
  return {
    un,
    unodc: unodc.id,
    cnd: cnd.id,
    kzMfa: kzMfa.id,
    atMfa: atMfa.id,
    ctbto: ctbto.id,
    osce: osce.id,
  };
}

/** Aliases and position start dates the article does not give but a user would record. */
const OFFICIAL_EXTRAS: Record<string, { aliases: string[]; positionStart: string }> = {
  'Kairat Umarov': { aliases: ['Kayrat Umarov'], positionStart: '2022-01-01' },
  'Peter Launsky-Tieffenthal': { aliases: [], positionStart: '' },
  'Ghada Fathi Waly': { aliases: ['Ghada Waly'], positionStart: '' },
  'Robert Floyd': { aliases: [], positionStart: '' },
  'Helga Schmid': { aliases: ['Helga Maria Schmid'], positionStart: '' },
};

async function createOfficials(
  db: Db,
  gold: GoldArticle,
  orgByGoldName: Record<string, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const p of gold.meetings.flatMap((m) => m.participants)) {
    if (ids.has(p.name)) continue;
    const extras = OFFICIAL_EXTRAS[p.name] ?? { aliases: [], positionStart: '' };
    const created = await createOfficial(db, {
      displayName: p.name,
      aliases: extras.aliases,
      // International civil servants serve no state (DESIGN.md), which the gold file reflects.
      countryCode: p.country_iso2,
      notes: null,
      organizationId: orgByGoldName[p.organization]!,
      newOrganization: null,
      title: p.title,
      positionStart: extras.positionStart || null,
    });
    ids.set(p.name, created.id);
  }
  return ids;
}

/** Creates the article's topics under their natural parents before the meetings name them. */
function createSeedTopics(db: Db, gold: GoldArticle): void {
  db.transaction((tx) => {
    const ensure = (name: string): number => {
      const parentName = topicParent(name);
      const parentId = parentName ? ensure(parentName) : null;
      return findOrCreateTopic(tx, { name, parentId, description: null }, systemActor);
    };
    for (const name of gold.meetings.flatMap((m) => m.topics)) ensure(name);
  });
}
