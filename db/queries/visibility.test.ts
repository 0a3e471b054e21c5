/**
 * A restricted meeting never reaches a viewer or an anonymous reader, on every read path in
 * db/queries: lists, totals, facets, text search, exports, the meeting itself, profile lists
 * and counts, the profiles themselves, tallies, per-period counts, the dashboard, the timeline
 * and the API's entity counts. Editors and admins see it everywhere. (The API, feeds and pages are checked end to end in e2e/visibility.spec.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymousViewer, type Viewer } from '@/lib/domain/viewer';
import { emptyFilters, type MeetingFilters } from '@/lib/filters';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { listEventsPage } from './api/events';
import { getOrganizationForApi } from './api/organizations';
import { listCountryActivity } from './countries';
import { tallyMeetings } from './aggregates';
import { counterparts, periodFigures, topicTrends } from './dashboard';
import { openFollowUps, upcomingMeetings } from './dashboard-lists';
import { listEvents } from './events';
import {
  countMeetings,
  iterateMeetingsForExport,
  meetingFacets,
  meetingFilterWhere,
  searchMeetings,
} from './meeting-search';
import { getMeeting, listMeetings } from './meetings';
import { facetIndexSettings } from './search/memory/store';
import { listOrganizations } from './organizations';
import { meetingsPerPeriod } from './periods';
import { countryProfile } from './profiles/country-profile';
import { eventProfile } from './profiles/event-profile';
import { followUpsOf } from './profiles/follow-ups';
import { listOfficials } from './profiles/official-list';
import { officialProfile } from './profiles/official-profile';
import { organizationProfile } from './profiles/organization-profile';
import { meetingSpan, placesOf } from './profiles/places';
import { topicProfile } from './profiles/topic-profile';
import { addMeeting, makeWorld, type World } from './test-data';
import { listTopicTree } from './topics';
import { meetings } from '../schema';

let db: Db;
let w: World;
let open: number;
let secret: number;
let secretHeld: number;
let topicId: number;

const viewer: Viewer = { userId: 7, role: 'viewer' };
const editor: Viewer = { userId: 8, role: 'editor' };
const f = (over: Partial<MeetingFilters> = {}): MeetingFilters => ({ ...emptyFilters, ...over });
const today = '2024-06-30';
const year = { from: '2024-01-01', to: today };

beforeAll(async () => {
  db = createTestDb();
  w = await makeWorld(db);
  open = await addMeeting(db, w, [w.people.umarov, w.people.launsky], '2024-05-02', {
    title: 'Open consultations',
  });
  // Only Helga Schmid (OSCE), only in Mongolia, only on "Border talks", only at the event.
  secret = await addMeeting(db, w, [w.people.schmid], '2024-06-10', {
    title: 'Confidential border talks',
    summary: 'Sensitive zanzibar wording',
    classification: 'restricted',
    countryCode: 'MN',
    eventId: w.event,
    status: 'planned',
    topics: [{ name: 'Border talks' }],
    followUps: [{ description: 'Secret note', owner: '', dueDate: '2024-06-20', status: 'open' }],
  });
  topicId = (await getMeeting(db, editor, secret))!.topics[0]!.id;
  // A held one too, for the dashboard (which counts held meetings only): Schmid again, in
  // Mongolia, on "Border talks", with an open follow-up, but at no event.
  secretHeld = await addMeeting(db, w, [w.people.schmid], '2024-03-05', {
    title: 'Confidential border review',
    classification: 'restricted',
    countryCode: 'MN',
    city: 'Ulaanbaatar',
    topics: [{ id: topicId, name: 'Border talks' }],
    followUps: [{ description: 'Secret memo', owner: '', dueDate: '2024-04-01', status: 'open' }],
  });
});

const ids = (rows: Array<{ id: number }>) => rows.map((r) => r.id);
const sum = (rows: Array<{ count: number }>) => rows.reduce((n, r) => n + r.count, 0);

/** Everything a reader gets from every read path, as the restricted meeting's traces. */
async function traces(reader: Viewer) {
  const search = await searchMeetings(db, reader, f());
  const text = await searchMeetings(db, reader, f({ q: 'zanzibar' }));
  const facets = await meetingFacets(db, reader, f());
  const exported: number[] = [];
  for await (const batch of iterateMeetingsForExport(db, reader, f())) {
    exported.push(...ids(batch));
  }
  const where = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(meetingFilterWhere(reader, f()));
  const page = { page: 1 };
  const officials = await listOfficials(db, reader, today, page);
  const orgs = await listOrganizations(db, reader, { page: 1, pageSize: 100 });
  const topics = await listTopicTree(db, reader);
  const figures = await periodFigures(db, reader, f(), year, today);
  const schmid = f({ official: [w.people.schmid] });
  const official = await officialProfile(
    db,
    reader,
    { id: w.people.schmid, displayName: 'Helga Schmid' },
    schmid,
  );
  const osce = f({ organization: [w.org.osce] });
  const organization = await organizationProfile(
    db,
    reader,
    { id: w.org.osce, countryCode: null },
    osce,
  );
  const country = await countryProfile(db, reader, 'MN', 'held', f({ heldIn: ['MN'] }));
  const topic = await topicProfile(db, reader, topicId, f({ topic: [topicId] }));
  const event = await eventProfile(db, reader, f({ event: [w.event] }));
  return {
    listed: ids(search.items).includes(secret),
    total: search.total,
    count: await countMeetings(db, reader, f()),
    textHits: text.total,
    facetHeldInMN: facets.heldIn.find((v) => v.value === 'MN')?.count ?? 0,
    facetSchmid: facets.official.find((v) => v.value === String(w.people.schmid))?.count ?? 0,
    exported: exported.includes(secret),
    filterWhere: ids(where).includes(secret),
    detail: (await getMeeting(db, reader, secret)) !== null,
    allMeetings: ids((await listMeetings(db, reader)).meetings).includes(secret),
    upcoming: ids((await upcomingMeetings(db, reader, f(), '2024-06-01')).meetings).includes(
      secret,
    ),
    followUpsDue: (await openFollowUps(db, reader, f(), year, { dueBy: today, all: true })).items
      .length,
    heldMeetings: figures.meetings,
    openFollowUps: figures.openFollowUps,
    counterpartOsce: (await counterparts(db, reader, f(), year, 'organization')).some(
      (t) => t.value === String(w.org.osce),
    ),
    trendTopic: (
      await topicTrends(db, reader, f(), { current: year, previous: year }, 'month')
    ).some((t) => t.value === String(topicId)),
    tallyHeldInMN:
      (await tallyMeetings(db, reader, f(), 'heldIn')).find((t) => t.value === 'MN')?.count ?? 0,
    perMonth: sum(await meetingsPerPeriod(db, reader, f(), 'month', year)),
    officialProfile: [
      official.meetings.total,
      official.network.center.count,
      official.topics.length,
      official.places.length,
      official.followUps.total,
      sum(official.years),
    ],
    organizationProfile: [
      organization.meetings.total,
      organization.topics.length,
      sum(organization.years),
    ],
    countryProfile: [
      country.meetings.total,
      country.organizations.length,
      country.topics.length,
      country.cities.length,
      sum(country.years),
    ],
    topicProfile: [topic.meetings.total, topic.officials.length, sum(topic.trend)],
    eventProfile: [event.meetings.total, event.officials.length, event.topics.length],
    followUpsOf: (await followUpsOf(db, reader, f())).total,
    placesMN: (await placesOf(db, reader, f())).some((p) => p.value === 'MN'),
    schmidSpan: await meetingSpan(db, reader, schmid),
    schmidCount: officials.officials.find((o) => o.id === w.people.schmid)?.meetingCount,
    osceCount: orgs.organizations.find((o) => o.id === w.org.osce)?.meetingCount,
    osceApiCount: (await getOrganizationForApi(db, reader, w.org.osce))?.meetingCount,
    mongoliaListed: (await listCountryActivity(db, reader)).some((c) => c.code === 'MN'),
    topicCount: topics.find((t) => t.id === topicId)?.meetingCount,
    eventCount: (await listEvents(db, reader, page)).events.find((e) => e.id === w.event)
      ?.meetingCount,
    eventApiCount: (await listEventsPage(db, reader, { limit: 10 })).events.find(
      (e) => e.id === w.event,
    )?.meetingCount,
  };
}

describe('restricted meetings', () => {
  it('never reach a viewer or an anonymous reader on any read path', async () => {
    for (const reader of [viewer, anonymousViewer]) {
      expect(await traces(reader)).toEqual({
        listed: false,
        total: 1,
        count: 1,
        textHits: 0,
        facetHeldInMN: 0,
        facetSchmid: 0,
        exported: false,
        filterWhere: false,
        detail: false,
        allMeetings: false,
        upcoming: false,
        followUpsDue: 0,
        heldMeetings: 1,
        openFollowUps: 0,
        counterpartOsce: false,
        trendTopic: false,
        tallyHeldInMN: 0,
        perMonth: 1,
        officialProfile: [0, 0, 0, 0, 0, 0],
        organizationProfile: [0, 0, 0],
        countryProfile: [0, 0, 0, 0, 0],
        topicProfile: [0, 0, 0],
        eventProfile: [0, 0, 0],
        followUpsOf: 0,
        placesMN: false,
        schmidSpan: null,
        schmidCount: 0,
        osceCount: 0,
        osceApiCount: 0,
        mongoliaListed: false,
        topicCount: 0,
        eventCount: 0,
        eventApiCount: 0,
      });
    }
  });

  it('reach editors and admins on the same paths', async () => {
    for (const reader of [editor, { userId: 9, role: 'admin' } as Viewer]) {
      const t = await traces(reader);
      expect(t).toMatchObject({
        listed: true,
        total: 3,
        count: 3,
        textHits: 1,
        facetHeldInMN: 2,
        facetSchmid: 2,
        exported: true,
        filterWhere: true,
        detail: true,
        upcoming: true,
        followUpsDue: 1,
        heldMeetings: 2,
        openFollowUps: 1,
        counterpartOsce: true,
        trendTopic: true,
        tallyHeldInMN: 2,
        perMonth: 3,
        officialProfile: [2, 2, 1, 1, 2, 2],
        organizationProfile: [2, 1, 2],
        countryProfile: [2, 1, 1, 2, 2],
        topicProfile: [2, 1, 2],
        eventProfile: [1, 1, 1],
        followUpsOf: 2,
        placesMN: true,
        schmidSpan: { from: '2024-03-05', to: '2024-06-10' },
        schmidCount: 2,
        osceCount: 2,
        topicCount: 2,
        eventCount: 1,
        eventApiCount: 1,
      });
    }
    expect(open).toBeGreaterThan(0);
    expect(secretHeld).toBeGreaterThan(0);
  });

  it('are left out of the facet counts alike by the in-memory index and by SQL', async () => {
    for (const reader of [viewer, anonymousViewer, editor]) {
      for (const filters of [f(), f({ official: [w.people.schmid] }), f({ q: 'zanzibar' })]) {
        const fromIndex = await meetingFacets(db, reader, filters);
        facetIndexSettings.enabled = false;
        try {
          expect(await meetingFacets(db, reader, filters)).toEqual(fromIndex);
        } finally {
          facetIndexSettings.enabled = true;
        }
      }
    }
  });

  it('are left out of a search of text alone inside the search index, by relevance or date', async () => {
    const titles = async (reader: Viewer, q: string, sort?: MeetingFilters['sort']) =>
      (await searchMeetings(db, reader, f({ q, sort }))).items.map((m) => m.title).sort();
    for (const reader of [viewer, anonymousViewer]) {
      expect(await titles(reader, 'consultations confidential')).toEqual([]);
      expect(await titles(reader, 'confidential')).toEqual([]);
      expect(await titles(reader, 'border', 'date_desc')).toEqual([]);
      expect(await countMeetings(db, reader, f({ q: 'confidential' }))).toBe(0);
      const exported: number[] = [];
      for await (const batch of iterateMeetingsForExport(db, reader, f({ q: 'confidential' }))) {
        exported.push(...ids(batch));
      }
      expect(exported).toEqual([]);
    }
    expect(await titles(editor, 'confidential')).toEqual([
      'Confidential border review',
      'Confidential border talks',
    ]);
    expect(await countMeetings(db, editor, f({ q: 'confidential' }))).toBe(2);
    // The index's own marker is never searched by what people type.
    expect(await titles(editor, 'restricted')).toEqual([]);
  });
});
