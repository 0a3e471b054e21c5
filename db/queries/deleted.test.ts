import { describe, expect, it } from 'vitest';
import { createTestDb } from '../testing';
import { deleteMeeting, restoreMeeting } from '../writes/meetings';
import { createUser } from '../writes/users';
import { deleteOfficial, restoreOfficial } from '../writes/officials';
import { deleteOrganization } from '../writes/organizations';
import { listDeletedMeetings, listDeletedRecords } from './deleted';
import { addMeeting, makeWorld } from './test-data';

describe('the deleted meetings', () => {
  it('are listed newest deletion first, with who deleted each, until restored', async () => {
    const db = createTestDb();
    const w = await makeWorld(db);
    const { id: ann } = await createUser(db, {
      name: 'Ann',
      email: 'ann@x.test',
      role: 'editor',
      password: 'a-long-password',
    });
    const a = await addMeeting(db, w, [w.people.umarov], '2024-01-01', { title: 'A' });
    const b = await addMeeting(db, w, [w.people.umarov], '2024-01-02', { title: 'B' });
    await addMeeting(db, w, [w.people.umarov], '2024-01-03', { title: 'C' });
    await deleteMeeting(db, a, { userId: ann });
    await deleteMeeting(db, b);
    const page = await listDeletedMeetings(db, { page: 1 });
    expect(page.total).toBe(2);
    expect(page.meetings.map((m) => [m.title, m.deletedBy])).toEqual(
      expect.arrayContaining([
        ['A', 'Ann'],
        ['B', null],
      ]),
    );
    await restoreMeeting(db, a);
    expect((await listDeletedMeetings(db, { page: 1 })).meetings.map((m) => m.title)).toEqual([
      'B',
    ]);
  });
});

describe('the deleted records', () => {
  it('list deleted officials, organizations, topics and events, not merged ones, until restored', async () => {
    const db = createTestDb();
    const w = await makeWorld(db);
    await deleteOfficial(db, w.people.launsky);
    await deleteOrganization(db, w.org.mfaAt);
    expect((await listDeletedRecords(db)).map((r) => [r.kind, r.id]).sort()).toEqual(
      [
        ['official', w.people.launsky],
        ['organization', w.org.mfaAt],
      ].sort(),
    );
    await restoreOfficial(db, w.people.launsky);
    expect((await listDeletedRecords(db)).map((r) => r.kind)).toEqual(['organization']);
  });
});
