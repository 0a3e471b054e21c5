import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { deleteMeeting } from '../writes/meetings';
import { listMeetings } from './meetings';
import { addMeeting, makeWorld, type World } from './test-data';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('listMeetings', () => {
  it('lists meetings newest first, ties broken by the newest record', async () => {
    const { umarov, schmid } = world.people;
    const old = await addMeeting(db, world, [umarov], '2022-05-01');
    const a = await addMeeting(db, world, [umarov, schmid], '2023-03-13');
    const b = await addMeeting(db, world, [umarov], '2023-03-13');
    const month = await addMeeting(db, world, [umarov], '2023-04', {
      datePrecision: 'month',
    });
    const result = await listMeetings(db, everyone);
    expect(result.meetings.map((m) => m.id)).toEqual([month, b, a, old]);
    expect(result.meetings[2]!.participants.map((p) => p.officialName)).toEqual([
      'Kairat Umarov',
      'Helga Schmid',
    ]);
  });

  it('pages through all meetings without gaps or repeats', async () => {
    const ids: number[] = [];
    for (let day = 1; day <= 7; day++) {
      ids.push(await addMeeting(db, world, [world.people.umarov], `2024-01-0${day}`));
    }
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listMeetings(db, everyone, { page, pageSize: 3 })),
    );
    expect(pages.map((p) => p.meetings.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((p) => p.meetings.map((m) => m.id))).toEqual([...ids].reverse());
    expect(pages[0]).toMatchObject({ total: 7, page: 1, pageSize: 3, pageCount: 3 });
  });

  it('shows the last page for a page past the end, and page 1 for nonsense', async () => {
    for (let day = 1; day <= 5; day++) {
      await addMeeting(db, world, [world.people.umarov], `2024-01-0${day}`);
    }
    expect((await listMeetings(db, everyone, { page: 99, pageSize: 2 })).page).toBe(3);
    expect((await listMeetings(db, everyone, { page: 0, pageSize: 2 })).page).toBe(1);
    expect((await listMeetings(db, everyone, { page: Number.NaN, pageSize: 2 })).page).toBe(1);
    const last = await listMeetings(db, everyone, { page: 99, pageSize: 2 });
    expect(last.meetings.map((m) => m.startDate)).toEqual(['2024-01-01']);
  });

  it('leaves out deleted meetings from the rows and the total', async () => {
    const kept = await addMeeting(db, world, [world.people.umarov], '2024-01-01');
    const gone = await addMeeting(db, world, [world.people.umarov], '2024-01-02');
    await deleteMeeting(db, gone);
    const result = await listMeetings(db, everyone);
    expect(result.meetings.map((m) => m.id)).toEqual([kept]);
    expect(result.total).toBe(1);
  });

  it('has one empty page when there are no meetings', async () => {
    expect(await listMeetings(db, everyone, { page: 3 })).toMatchObject({
      total: 0,
      page: 1,
      pageCount: 1,
      meetings: [],
    });
  });
});
