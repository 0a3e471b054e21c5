import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { getOfficial } from './officials';
import { makeWorld, type World } from './test-data';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('getOfficial', () => {
  it('gives the official with positions, or null when missing', async () => {
    expect(await getOfficial(db, world.people.waly)).toMatchObject({
      displayName: 'Ghada Fathi Waly',
      positions: [{ title: 'Executive Director', organizationAcronym: 'UNODC' }],
    });
    expect(await getOfficial(db, 9999)).toBeNull();
  });
});
