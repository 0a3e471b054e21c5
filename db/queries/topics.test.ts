import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { createTopic } from '../writes/topics';
import { addMeeting, makeWorld, type World } from './test-data';
import { getTopicBySlug, listTopicTree, type TopicTreeNode } from './topics';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

const shape = (nodes: TopicTreeNode[]): unknown =>
  nodes.map((n) => [n.name, n.meetingCount, shape(n.children)]);

describe('listTopicTree', () => {
  it('nests topics and counts each meeting once over a topic and its sub-topics', async () => {
    const security = await createTopic(db, { name: 'Security', parentId: null, description: null });
    const narcotics = await createTopic(db, {
      name: 'Counter-narcotics',
      parentId: security.id,
      description: null,
    });
    const caricc = await createTopic(db, {
      name: 'CARICC',
      parentId: narcotics.id,
      description: null,
    });
    const { umarov } = world.people;
    await addMeeting(db, world, [umarov], '2023-01-01', {
      topics: [
        { id: caricc.id, name: 'CARICC' },
        { id: narcotics.id, name: 'Counter-narcotics' },
      ],
    });
    await addMeeting(db, world, [umarov], '2023-02-01', {
      topics: [{ id: security.id, name: 'Security' }],
    });
    await addMeeting(db, world, [umarov], '2023-03-01', { topics: [{ name: 'Trade' }] });
    expect(shape(await listTopicTree(db, everyone))).toEqual([
      ['Security', 2, [['Counter-narcotics', 1, [['CARICC', 1, []]]]]],
      ['Trade', 1, []],
    ]);
  });
});

describe('getTopicBySlug', () => {
  it('finds a topic with its parent and sub-topics', async () => {
    const security = await createTopic(db, { name: 'Security', parentId: null, description: null });
    const cyber = await createTopic(db, {
      name: 'Cybercrime',
      parentId: security.id,
      description: null,
    });
    expect(await getTopicBySlug(db, 'security')).toMatchObject({
      id: security.id,
      parent: null,
      children: [{ id: cyber.id, slug: 'cybercrime' }],
    });
    expect(await getTopicBySlug(db, 'cybercrime')).toMatchObject({ parent: { slug: 'security' } });
    expect(await getTopicBySlug(db, 'nothing')).toBeNull();
  });
});
