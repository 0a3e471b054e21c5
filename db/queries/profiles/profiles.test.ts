import { beforeAll, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import type { Db } from '../../client';
import { createTestDb } from '../../testing';
import { listCountryActivity } from '../countries';
import { listEvents } from '../events';
import { countMeetings } from '../meeting-search';
import { listOrganizations } from '../organizations';
import { meetingsPerPeriod } from '../periods';
import { f, makeSearchWorld, type SearchWorld } from '../search/test-world';
import { addMeeting } from '../test-data';
import { listTopicTree, type TopicTreeNode } from '../topics';
import { egoNetwork } from './ego-network';
import { followUpsOf } from './follow-ups';
import { meetingSpan, placesOf } from './places';
import { familyOf, topicAncestors } from './trees';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
  // Waly and the CND Chair meet without Umarov, in May 2023.
  await addMeeting(db, w, [w.people.waly, w.people.chair], '2023-05-02', {
    city: 'vienna ',
  });
});

describe('egoNetwork', () => {
  it('gives the counterparts and the links among them, with their own filters', async () => {
    const { umarov, waly, chair, saidov } = w.people;
    const net = await egoNetwork(db, everyone, umarov, 'Kairat Umarov', f());
    expect(net.center).toMatchObject({ id: umarov, count: 3 });
    expect(net.counterparts.map((c) => [c.label, c.count])).toEqual([
      ['Bakhtiyor Saidov', 1],
      ['CND Chair', 1],
      ['Ghada Fathi Waly', 1],
    ]);
    expect(net.links).toEqual([
      {
        source: Math.min(waly, chair),
        target: Math.max(waly, chair),
        count: 1,
        filters: f({ official: [Math.min(waly, chair), Math.max(waly, chair)], all: ['official'] }),
      },
    ]);
    expect(net.counterparts.some((c) => c.value === String(saidov))).toBe(true);
  });

  it('keeps the profile’s date range for the counterparts and their links', async () => {
    const net = await egoNetwork(
      db,
      everyone,
      w.people.umarov,
      'Kairat Umarov',
      f({ from: '2023-01-01', to: '2023-04-30' }),
    );
    expect(net.counterparts.map((c) => c.label)).toEqual(['CND Chair', 'Ghada Fathi Waly']);
    // Waly and the Chair met in May: outside the range.
    expect(net.links).toEqual([]);
  });

  it('counts exactly what each count links to', async () => {
    const net = await egoNetwork(db, everyone, w.people.umarov, 'Kairat Umarov', f());
    expect(net.center.count).toBe(await countMeetings(db, everyone, net.center.filters));
    for (const item of [...net.counterparts, ...net.links]) {
      expect(item.count).toBe(await countMeetings(db, everyone, item.filters));
    }
  });
});

describe('placesOf and meetingSpan', () => {
  it('gives venue countries with their cities, one city whatever its case', async () => {
    const places = await placesOf(db, everyone, f({ official: [w.people.waly] }));
    expect(places.map((p) => [p.value, p.count, p.cities])).toEqual([
      // The CND opening, the Austria consultations and the May meeting ("vienna ").
      ['AT', 3, [{ name: 'Vienna', count: 3 }]],
    ]);
    for (const p of places) expect(p.count).toBe(await countMeetings(db, everyone, p.filters));
  });

  it('gives the span of the set, within its date range', async () => {
    expect(await meetingSpan(db, everyone, f({ official: [w.people.umarov] }))).toEqual({
      from: '2022-12-01',
      to: '2023-03-17',
    });
    expect(
      await meetingSpan(
        db,
        everyone,
        f({ official: [w.people.umarov], from: '2023-01-01', to: '2023-12-31' }),
      ),
    ).toEqual({ from: '2023-03-13', to: '2023-03-17' });
    // A meeting spanning the range's start: the span starts with the range.
    expect(
      await meetingSpan(
        db,
        everyone,
        f({ official: [w.people.chair], from: '2023-03-15', to: '2023-12-31' }),
      ),
    ).toEqual({ from: '2023-03-15', to: '2023-05-02' });
    expect(
      await meetingSpan(db, everyone, f({ official: [w.people.umarov], from: '2024-01-01' })),
    ).toBeNull();
  });

  it('counts an official’s meetings per year with overlap semantics', async () => {
    const filters = f({ official: [w.people.umarov] });
    const span = (await meetingSpan(db, everyone, filters))!;
    const years = await meetingsPerPeriod(db, everyone, filters, 'year', span);
    expect(years.map((y) => [y.period, y.count])).toEqual([
      ['2022', 1],
      ['2023', 2],
    ]);
    for (const y of years) expect(y.count).toBe(await countMeetings(db, everyone, y.filters));
  });
});

describe('followUpsOf', () => {
  it('lists the follow-ups of the official’s meetings, with totals', async () => {
    const result = await followUpsOf(db, everyone, f({ official: [w.people.waly] }));
    expect(result).toMatchObject({ total: 1, open: 1 });
    expect(result.items).toEqual([
      expect.objectContaining({
        description: 'Send the draft',
        dueDate: '2024-02-01',
        status: 'open',
        meetingId: w.m.austria,
      }),
    ]);
    expect((await followUpsOf(db, everyone, f({ official: [w.people.umarov] }))).total).toBe(0);
  });
});

describe('familyOf and topicAncestors', () => {
  it('gives the organizations above and under one', async () => {
    expect(await familyOf(db, 'organizations', w.org.unodc)).toEqual({
      ancestors: [w.org.un],
      descendants: [w.org.cnd],
    });
    expect(await familyOf(db, 'organizations', w.org.cnd)).toEqual({
      ancestors: [w.org.unodc, w.org.un],
      descendants: [],
    });
  });

  it('gives a topic’s ancestors root first', async () => {
    expect((await topicAncestors(db, w.topic.synthetic)).map((t) => t.name)).toEqual([
      'Security',
      'Counter-narcotics',
    ]);
  });
});

describe('list counts equal the meetings they link to', () => {
  it('organizations, with their sub-organizations', async () => {
    const { organizations } = await listOrganizations(db, everyone, { pageSize: 100 });
    expect(organizations.find((o) => o.id === w.org.un)?.meetingCount).toBe(4);
    for (const o of organizations) {
      expect(o.meetingCount, o.name).toBe(
        await countMeetings(db, everyone, f({ organization: [o.id] })),
      );
    }
  });

  it('events', async () => {
    const { events } = await listEvents(db, everyone, {});
    expect(events.map((e) => e.meetingCount)).toEqual([2]);
    for (const e of events) {
      expect(e.meetingCount).toBe(await countMeetings(db, everyone, f({ event: [e.id] })));
    }
  });

  it('topics, with their sub-topics', async () => {
    const walk = (nodes: TopicTreeNode[]): TopicTreeNode[] =>
      nodes.flatMap((n) => [n, ...walk(n.children)]);
    const topics = walk(await listTopicTree(db, everyone));
    expect(topics.find((t) => t.id === w.topic.security)?.meetingCount).toBe(3);
    for (const t of topics) {
      expect(t.meetingCount, t.name).toBe(await countMeetings(db, everyone, f({ topic: [t.id] })));
    }
  });

  it('countries, represented and held in', async () => {
    const rows = await listCountryActivity(db, everyone);
    expect(rows.find((r) => r.code === 'AT')).toMatchObject({ represented: 1, hosted: 5 });
    for (const r of rows) {
      expect(r.represented, r.code).toBe(
        await countMeetings(db, everyone, f({ country: [r.code] })),
      );
      expect(r.hosted, r.code).toBe(await countMeetings(db, everyone, f({ heldIn: [r.code] })));
    }
  });
});
