/**
 * A restricted meeting never reaches a viewer or an anonymous reader, on every read path in
 * db/queries: lists, totals, facets, text search, exports, the meeting itself, profile lists
 * and counts, the dashboard, the timeline and the API's entity counts. Editors and admins see
 * it everywhere. (The API, feeds and pages are checked end to end in e2e/visibility.spec.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymousViewer, type Viewer } from '@/lib/auth/roles';
import { emptyFilters, type MeetingFilters } from '@/lib/filters';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { listEventsPage } from './api/events';
import { getOrganizationForApi } from './api/organizations';
import { getCountryActivity, listCountryActivity } from './countries';
import {
  countMeetingsHeldByMonth,
  getDashboardCounts,
  listFollowUpsDue,
  listRecentMeetings,
  listUpcomingMeetings,
} from './dashboard';
import { listEvents } from './events';
import {
  earliestMeetingStartFrom,
  latestMeetingStartBefore,
  listMeetingsHeldIn,
  listMeetingsOfEvent,
  listMeetingsOfOfficial,
  listMeetingsOfOrganization,
  listMeetingsOfTopic,
  listMeetingsRepresenting,
  listMeetingsStartingBetween,
} from './meeting-lists';
import {
  countMeetings,
  iterateMeetingsForExport,
  meetingFacets,
  meetingFilterWhere,
  searchMeetings,
} from './meeting-search';
import { getMeeting, listMeetings } from './meetings';
import { facetIndexSettings } from './search/facet-index';
import { listOfficials } from './officials';
import { listOrganizations } from './organizations';
import { addMeeting, makeWorld, type World } from './test-data';
import { listTopicTree } from './topics';
import { meetings } from '../schema';

let db: Db;
let w: World;
let open: number;
let secret: number;
let topicId: number;

const viewer: Viewer = { userId: 7, role: 'viewer' };
const editor: Viewer = { userId: 8, role: 'editor' };
const f = (over: Partial<MeetingFilters> = {}): MeetingFilters => ({ ...emptyFilters, ...over });
const today = '2024-06-30';

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
});

const ids = (rows: Array<{ id: number }>) => rows.map((r) => r.id);

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
  const counts = await getDashboardCounts(db, reader, { since: '2024-01-01', today });
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
    ofOfficial: (await listMeetingsOfOfficial(db, reader, w.people.schmid, page)).total,
    ofOrganization: (await listMeetingsOfOrganization(db, reader, w.org.osce, page)).total,
    representing: (await listMeetingsRepresenting(db, reader, 'AT', page)).meetings.length,
    heldIn: (await listMeetingsHeldIn(db, reader, 'MN', page)).total,
    ofTopic: (await listMeetingsOfTopic(db, reader, topicId, page)).total,
    ofEvent: (await listMeetingsOfEvent(db, reader, w.event, page)).total,
    timeline: ids(await listMeetingsStartingBetween(db, reader, '2024-06-01', '2024-07-01')),
    latest: await latestMeetingStartBefore(db, reader, null),
    earliest: await earliestMeetingStartFrom(db, reader, '2024-06-01'),
    recent: ids(await listRecentMeetings(db, reader, today)).includes(secret),
    upcoming: ids(await listUpcomingMeetings(db, reader, '2024-06-01')).includes(secret),
    followUpsDue: (await listFollowUpsDue(db, reader)).length,
    openFollowUps: counts.openFollowUps,
    perMonth: (await countMeetingsHeldByMonth(db, reader, { since: '2024-01-01', today })).length,
    schmidCount: officials.officials.find((o) => o.id === w.people.schmid)?.meetingCount,
    osceCount: orgs.organizations.find((o) => o.id === w.org.osce)?.meetingCount,
    osceApiCount: (await getOrganizationForApi(db, reader, w.org.osce))?.meetingCount,
    mongolia: (await getCountryActivity(db, reader, 'MN')).hosted,
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
        ofOfficial: 0,
        ofOrganization: 0,
        representing: 1,
        heldIn: 0,
        ofTopic: 0,
        ofEvent: 0,
        timeline: [],
        latest: '2024-05-02',
        earliest: null,
        recent: false,
        upcoming: false,
        followUpsDue: 0,
        openFollowUps: 0,
        perMonth: 1,
        schmidCount: 0,
        osceCount: 0,
        osceApiCount: 0,
        mongolia: 0,
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
        total: 2,
        count: 2,
        textHits: 1,
        facetHeldInMN: 1,
        facetSchmid: 1,
        exported: true,
        filterWhere: true,
        detail: true,
        ofOfficial: 1,
        ofOrganization: 1,
        heldIn: 1,
        ofTopic: 1,
        ofEvent: 1,
        timeline: [secret],
        latest: '2024-06-10',
        upcoming: true,
        followUpsDue: 1,
        schmidCount: 1,
        osceCount: 1,
        mongolia: 1,
        topicCount: 1,
        eventCount: 1,
        eventApiCount: 1,
      });
    }
    expect(open).toBeGreaterThan(0);
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
});
