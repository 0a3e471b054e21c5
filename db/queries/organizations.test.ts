import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { deleteMeeting } from '../writes/meetings';
import { getOrganization, listOrganizations } from './organizations';
import { addMeeting, makeWorld, type World } from './test-data';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('listOrganizations', () => {
  it('lists by name with parent and meetings counted over sub-organizations', async () => {
    const { umarov, waly, chair } = world.people;
    await addMeeting(db, world, [umarov, waly], '2023-01-01');
    await addMeeting(db, world, [umarov, chair], '2023-02-01');
    await addMeeting(db, world, [waly, chair], '2023-03-01');
    const gone = await addMeeting(db, world, [umarov, chair], '2023-04-01');
    await deleteMeeting(db, gone);
    const { organizations, total } = await listOrganizations(db, everyone, {});
    expect(total).toBe(6);
    expect(organizations.map((o) => o.name)).toEqual([
      'Austrian Foreign Ministry',
      'Commission on Narcotic Drugs',
      'Ministry of Foreign Affairs of Kazakhstan',
      'Organization for Security and Co-operation in Europe',
      'United Nations',
      'United Nations Office on Drugs and Crime',
    ]);
    const byName = new Map(organizations.map((o) => [o.acronym ?? o.name, o]));
    expect(byName.get('UN')).toMatchObject({ meetingCount: 3, parentId: null });
    expect(byName.get('UNODC')).toMatchObject({ meetingCount: 3, parentAcronym: 'UN' });
    expect(byName.get('CND')).toMatchObject({ meetingCount: 2, parentAcronym: 'UNODC' });
    expect(byName.get('OSCE')).toMatchObject({ meetingCount: 0 });
    expect(byName.get('Ministry of Foreign Affairs of Kazakhstan')).toMatchObject({
      meetingCount: 2,
    });
  });

  it('pages by name', async () => {
    const page = await listOrganizations(db, everyone, { page: 2, pageSize: 4 });
    expect(page).toMatchObject({ page: 2, pageCount: 2, total: 6 });
    expect(page.organizations.map((o) => o.acronym)).toEqual(['UN', 'UNODC']);
  });
});

describe('getOrganization', () => {
  it('gives the parent, the sub-organizations and who held positions there', async () => {
    const org = await getOrganization(db, everyone, world.org.unodc);
    expect(org).toMatchObject({
      name: 'United Nations Office on Drugs and Crime',
      parent: { id: world.org.un, acronym: 'UN' },
      children: [{ id: world.org.cnd, acronym: 'CND' }],
      officials: [{ officialId: world.people.waly, title: 'Executive Director' }],
      meetingCount: 0,
    });
    expect(await getOrganization(db, everyone, 9999)).toBeNull();
  });
});
