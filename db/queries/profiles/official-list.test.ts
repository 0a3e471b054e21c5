import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import type { Db } from '../../client';
import { createTestDb } from '../../testing';
import { deleteMeeting } from '../../writes/meetings';
import { countMeetings } from '../meeting-search';
import { f, makeSearchWorld, type SearchWorld } from '../search/test-world';
import { addMeeting, makeWorld, type World } from '../test-data';
import { listOfficialCountryCodes, listOfficials } from './official-list';

describe('listOfficials', () => {
  let db: Db;
  let world: World;

  beforeEach(async () => {
    db = createTestDb();
    world = await makeWorld(db);
  });

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

describe('listOfficials with filters', () => {
  let db: Db;
  let w: SearchWorld;

  beforeAll(async () => {
    db = createTestDb();
    w = await makeSearchWorld(db);
  });

  const names = async (filters: Parameters<typeof listOfficials>[4]) =>
    (await listOfficials(db, everyone, '2024-06-01', {}, filters)).officials.map(
      (o) => o.displayName,
    );

  it('finds names ignoring accents and case, every word required', async () => {
    expect(await names({ q: 'cavusoglu' })).toEqual(['Mevlüt Çavuşoğlu']);
    expect(await names({ q: 'LAJCAK miroslav' })).toEqual(['Miroslav Lajčák']);
    expect(await names({ q: 'miroslav umarov' })).toEqual([]);
  });

  it('narrows to a country, and to an organization with the ones under it', async () => {
    expect(await names({ country: 'KZ' })).toEqual(['Kairat Umarov']);
    // Waly is at UNODC and the Chair at the CND, both under the UN.
    expect(await names({ organization: w.org.un })).toEqual(['CND Chair', 'Ghada Fathi Waly']);
    expect(await names({ organization: w.org.cnd })).toEqual(['CND Chair']);
    expect(await names({ organization: w.org.un, q: 'waly' })).toEqual(['Ghada Fathi Waly']);
  });

  it('counts exactly the meetings the official filter selects', async () => {
    const { officials, total } = await listOfficials(db, everyone, '2024-06-01', {
      pageSize: 100,
    });
    expect(officials).toHaveLength(total);
    for (const o of officials) {
      expect(o.meetingCount, o.displayName).toBe(
        await countMeetings(db, everyone, f({ official: [o.id] })),
      );
    }
    expect(officials.some((o) => o.meetingCount > 1)).toBe(true);
  });

  it('lists the countries officials serve', async () => {
    expect((await listOfficialCountryCodes(db)).sort()).toEqual(['AT', 'KZ', 'SK', 'TR', 'UZ']);
  });
});
