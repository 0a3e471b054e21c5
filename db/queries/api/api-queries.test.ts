import Ajv2020 from 'ajv/dist/2020';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  eventDetail,
  eventsResponse,
  officialDetail,
  officialsResponse,
  organizationDetail,
  organizationsResponse,
  topicDetail,
  topicsResponse,
} from '@/lib/api-schemas';
import type { Db } from '../../client';
import { events } from '../../schema';
import { createTestDb } from '../../testing';
import { createTopic } from '../../writes/topics';
import { getEvent } from '../events';
import { addMeeting, makeWorld, type World } from '../test-data';
import { listEventsPage } from './events';
import type { KeysetPage } from './keyset';
import { getOfficialForApi, listOfficialsPage } from './officials';
import { getOrganizationForApi, listOrganizationsPage } from './organizations';
import { getTopicById, listTopicsPage } from './topics';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

/** Validates against the response schema as the OpenAPI document states it (closed objects). */
function expectShape(schema: z.ZodType, value: unknown) {
  const validate = new Ajv2020({ strict: false }).compile(z.toJSONSchema(schema));
  expect(validate(value) ? [] : validate.errors).toEqual([]);
}

/** Walks a keyset list page by page: the ids in the order met. */
async function walk<T extends { id: number }>(
  page: (cursor: string | null) => Promise<KeysetPage<T>>,
): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const { items, nextCursor }: KeysetPage<T> = await page(cursor);
    ids.push(...items.map((r) => r.id));
    if (!nextCursor) return ids;
    cursor = nextCursor;
  }
  throw new Error('The walk did not end');
}

describe('the public API lists', () => {
  it('walks officials by sort name, two at a time, with no gap or repeat', async () => {
    const all = await listOfficialsPage(db, { limit: 200 });
    expectShape(officialsResponse, all);
    expect(all.officials.map((o) => o.displayName)).toEqual([
      'CND Chair',
      'Peter Launsky-Tieffenthal',
      'Helga Schmid',
      'Kairat Umarov',
      'Ghada Fathi Waly',
    ]);
    expect(all.officials[3]).toMatchObject({ title: 'First Deputy Foreign Minister' });
    const walked = await walk(async (cursor) => {
      const p = await listOfficialsPage(db, { limit: 2, cursor });
      return { items: p.officials, nextCursor: p.nextCursor };
    });
    expect(walked).toEqual(all.officials.map((o) => o.id));
  });

  it('walks organizations and topics by name', async () => {
    for (const name of ['Security', 'Trade', 'Energy']) {
      await createTopic(db, { name, parentId: null, description: null });
    }
    const orgs = await listOrganizationsPage(db, { limit: 200 });
    expectShape(organizationsResponse, orgs);
    const orgWalk = await walk(async (cursor) => {
      const p = await listOrganizationsPage(db, { limit: 4, cursor });
      return { items: p.organizations, nextCursor: p.nextCursor };
    });
    expect(orgWalk).toEqual(orgs.organizations.map((o) => o.id));
    const names = orgs.organizations.map((o) => o.name);
    expect(names).toEqual([...names].sort());

    const topics = await listTopicsPage(db, { limit: 200 });
    expectShape(topicsResponse, topics);
    const topicWalk = await walk(async (cursor) => {
      const p = await listTopicsPage(db, { limit: 1, cursor });
      return { items: p.topics, nextCursor: p.nextCursor };
    });
    expect(topicWalk).toEqual(topics.topics.map((t) => t.id));
  });

  it('walks events newest first, with meeting counts', async () => {
    for (const startDate of ['2023-03-13', '2024-01-01', '2022-05-05']) {
      db.insert(events)
        .values({ name: `Forum ${startDate}`, startDate, endDate: startDate })
        .run();
    }
    await addMeeting(db, world, [world.people.umarov], '2023-03-14', { eventId: world.event });
    const all = await listEventsPage(db, everyone, { limit: 200 });
    expectShape(eventsResponse, all);
    expect(all.events.map((e) => e.startDate)).toEqual([
      '2024-01-01',
      '2023-03-13',
      '2023-03-13',
      '2022-05-05',
    ]);
    expect(all.events.find((e) => e.id === world.event)?.meetingCount).toBe(1);
    const walked = await walk(async (cursor) => {
      const p = await listEventsPage(db, everyone, { limit: 1, cursor });
      return { items: p.events, nextCursor: p.nextCursor };
    });
    expect(walked).toEqual(all.events.map((e) => e.id));
  });
});

describe('the public API details', () => {
  it('match their response schemas, and are null when missing', async () => {
    expectShape(officialDetail, await getOfficialForApi(db, world.people.umarov));
    expectShape(organizationDetail, await getOrganizationForApi(db, everyone, world.org.unodc));
    expectShape(eventDetail, await getEvent(db, world.event));
    const { id } = await createTopic(db, { name: 'Security', parentId: null, description: null });
    expectShape(topicDetail, await getTopicById(db, id));
    expect(await getOfficialForApi(db, 9999)).toBeNull();
    expect(await getOrganizationForApi(db, everyone, 9999)).toBeNull();
    expect(await getTopicById(db, 9999)).toBeNull();
  });
});
