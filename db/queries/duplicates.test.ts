import { beforeEach, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import { filtersToSearchParams } from '@/lib/filters';
import { officialInput, organizationInput } from '@/lib/validation/entities';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { deleteOfficial } from '../writes/officials';
import { createOfficial } from '../writes/officials';
import { createOrganization } from '../writes/organizations';
import { findOfficialDuplicates, findOrganizationDuplicates, nameFragments } from './duplicates';
import { countMeetings } from './meeting-search';
import { officialForMerge, organizationForMerge, topicForMerge } from './merges';
import { addMeeting, makeWorld, type World } from './test-data';
import { createTopic } from '../writes/topics';

let db: Db;
let world: World;
beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

const person = async (v: Record<string, unknown>) =>
  (await createOfficial(db, officialInput.parse(v))).id;
const names = (list: Array<{ displayName: string }>) => list.map((o) => o.displayName);

describe('findOfficialDuplicates', () => {
  beforeEach(async () => {
    await person({ displayName: 'Kanat Umarbekov', countryCode: 'KZ' });
    await person({ displayName: 'Mevlüt Çavuşoğlu', countryCode: 'TR' });
    await person({ displayName: 'Bakhyt Umarov', countryCode: 'UZ' });
  });

  it('finds Kairat Umarov for “K. Umarov”, with his position, and not Kanat Umarbekov', async () => {
    const found = await findOfficialDuplicates(db, { name: 'K. Umarov', countryCode: 'KZ' });
    expect(names(found)).toEqual(['Kairat Umarov']);
    expect(found[0]).toMatchObject({
      id: world.people.umarov,
      countryCode: 'KZ',
      title: 'First Deputy Foreign Minister',
      organizationName: 'Ministry of Foreign Affairs of Kazakhstan',
      reason: 'Initials match',
      score: 0.85,
    });
  });

  it('ignores accents and transliteration, and finds by an alias', async () => {
    expect(await findOfficialDuplicates(db, { name: 'Cavusoglu' })).toMatchObject([
      { displayName: 'Mevlüt Çavuşoğlu', reason: 'Same surname' },
    ]);
    expect(names(await findOfficialDuplicates(db, { name: 'Mevlut Cavusoglu' }))).toEqual([
      'Mevlüt Çavuşoğlu',
    ]);
    expect(names(await findOfficialDuplicates(db, { name: 'Mevlut Chavushoglu' }))).toEqual([
      'Mevlüt Çavuşoğlu',
    ]);
    const withAlias = await person({ displayName: 'G. Waly', aliases: ['Ghada F. Waly'] });
    const found = await findOfficialDuplicates(db, { name: 'Ghada Waly' });
    expect(found.map((o) => [o.id, o.reason])).toEqual([
      [world.people.waly, 'Same name, with a middle name on one side'],
      [withAlias, 'Initials match'],
    ]);
    const [viaAlias] = await findOfficialDuplicates(db, {
      name: 'Ghada F. Waly',
      excludeId: world.people.waly,
    });
    expect(viaAlias).toMatchObject({ id: withAlias, matchedName: 'Ghada F. Waly', viaAlias: true });
  });

  it('leaves out the official being edited and deleted ones', async () => {
    expect(
      await findOfficialDuplicates(db, { name: 'Kairat Umarov', excludeId: world.people.umarov }),
    ).toEqual([]);
    const twin = await person({ displayName: 'Helga Schmid' });
    await deleteOfficial(db, twin);
    expect(names(await findOfficialDuplicates(db, { name: 'Helga Schmid' }))).toEqual([
      'Helga Schmid',
    ]);
  });

  it('cuts names into the fragments it looks for', () => {
    expect(nameFragments(['k', 'umarov', 'li'])).toEqual(['uma', 'arov', 'li']);
  });
});

describe('findOrganizationDuplicates', () => {
  it('finds the OSCE by acronym or initials, and not the OECD for it', async () => {
    await createOrganization(
      db,
      organizationInput.parse({
        name: 'Organisation for Economic Co-operation and Development',
        acronym: 'OECD',
        kind: 'international',
      }),
    );
    const byAcronym = await findOrganizationDuplicates(db, { name: 'OSCE' });
    expect(byAcronym.map((o) => o.name)).toEqual([
      'Organization for Security and Co-operation in Europe',
    ]);
    expect(byAcronym[0]).toMatchObject({ id: world.org.osce, reason: 'Same acronym' });
    const byName = await findOrganizationDuplicates(db, {
      name: 'Organisation for Security and Co-operation in Europe',
    });
    expect(byName.map((o) => o.id)).toEqual([world.org.osce]);
    const acronymOnly = await findOrganizationDuplicates(db, {
      name: 'Security body',
      acronym: 'OSCE',
    });
    expect(acronymOnly.map((o) => o.id)).toEqual([world.org.osce]);
    expect(await findOrganizationDuplicates(db, { name: 'OSZE' })).toEqual([]);
  });

  it('finds a longer name of the same ministry, not another country’s', async () => {
    const found = await findOrganizationDuplicates(db, {
      name: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
      countryCode: 'KZ',
    });
    expect(found.map((o) => o.id)).toEqual([world.org.mfaKz]);
    expect(
      await findOrganizationDuplicates(db, {
        name: 'Ministry of Foreign Affairs of Kyrgyzstan',
        countryCode: 'KG',
      }),
    ).toEqual([]);
    expect(
      await findOrganizationDuplicates(db, {
        name: 'Ministry of Foreign Affairs of Kazakhstan',
        excludeId: world.org.mfaKz,
      }),
    ).toEqual([]);
  });
});

describe('records on the merge screen', () => {
  it('count exactly the meetings their /meetings link lists', async () => {
    const { umarov, waly, chair } = world.people;
    const topic = await createTopic(db, {
      name: 'Drug control',
      parentId: null,
      description: null,
    });
    await addMeeting(db, world, [umarov, waly], '2023-03-13', {
      topics: [{ id: topic.id, name: 'Drug control' }],
    });
    await addMeeting(db, world, [chair], '2023-03-14');
    const official = (await officialForMerge(db, everyone, umarov))!;
    const unodc = (await organizationForMerge(db, everyone, world.org.unodc))!;
    const drugs = (await topicForMerge(db, everyone, topic.id))!;
    for (const record of [official, unodc, drugs]) {
      expect(record.meetingCount).toBe(await countMeetings(db, everyone, record.filters));
    }
    expect([official.meetingCount, unodc.meetingCount, drugs.meetingCount]).toEqual([1, 2, 1]);
    expect(filtersToSearchParams(unodc.filters).toString()).toBe(`organization=${world.org.unodc}`);
    expect(unodc).toMatchObject({ parentName: 'United Nations', childCount: 1, officialCount: 1 });
    expect(official.positions).toHaveLength(1);
    expect(await officialForMerge(db, everyone, 9999)).toBeNull();
  });
});
