import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { deleteMeeting } from '../writes/meetings';
import { getOfficial, listOfficials } from './officials';
import { addMeeting, makeWorld, type World } from './test-data';
import { systemViewer as everyone } from '@/lib/auth/roles';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('listOfficials', () => {
  it('lists by surname with current position, meeting count and latest meeting', async () => {
    const { umarov, schmid, waly } = world.people;
    await addMeeting(db, world, [umarov, schmid], '2023-01-01');
    const latest = await addMeeting(db, world, [umarov, waly], '2023-03', {
      datePrecision: 'month',
    });
    const gone = await addMeeting(db, world, [umarov], '2024-01-01');
    await deleteMeeting(db, gone);
    const { officials, total } = await listOfficials(db, everyone, '2024-06-01', {});
    expect(total).toBe(5);
    expect(officials.map((o) => o.displayName)).toEqual([
      'CND Chair',
      'Peter Launsky-Tieffenthal',
      'Helga Schmid',
      'Kairat Umarov',
      'Ghada Fathi Waly',
    ]);
    const kairat = officials.find((o) => o.id === umarov)!;
    expect(kairat).toMatchObject({
      meetingCount: 2,
      latestMeeting: { id: latest, startDate: '2023-03-01', datePrecision: 'month' },
      position: { title: 'First Deputy Foreign Minister' },
    });
    expect(officials.find((o) => o.id === world.people.launsky)).toMatchObject({
      meetingCount: 0,
      latestMeeting: null,
    });
  });
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
