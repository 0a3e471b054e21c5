import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { listCountryActivity, listOfficialsOfCountry } from './countries';
import { addMeeting, makeWorld, type World } from './test-data';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('country activity', () => {
  it('counts meetings represented, meetings hosted and officials per country', async () => {
    const { umarov, launsky, schmid } = world.people;
    await addMeeting(db, world, [umarov, launsky], '2023-01-01'); // in Vienna
    await addMeeting(db, world, [umarov, schmid], '2023-02-01', {
      city: 'Astana',
      countryCode: 'KZ',
    });
    await addMeeting(db, world, [schmid], '2023-03-01', { city: 'Geneva', countryCode: 'CH' });
    expect(await listCountryActivity(db, everyone)).toEqual([
      { code: 'AT', represented: 1, hosted: 1, officials: 1 },
      { code: 'CH', represented: 0, hosted: 1, officials: 0 },
      { code: 'KZ', represented: 2, hosted: 1, officials: 1 },
    ]);
  });

  it('lists the officials serving a country', async () => {
    const page = await listOfficialsOfCountry(db, 'KZ', '2024-01-01', {});
    expect(page.officials).toMatchObject([
      { id: world.people.umarov, position: { title: 'First Deputy Foreign Minister' } },
    ]);
  });
});
