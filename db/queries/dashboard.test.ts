import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { deleteMeeting } from '../writes/meetings';
import {
  countMeetingsHeldByMonth,
  getDashboardCounts,
  listFollowUpsDue,
  listRecentMeetings,
  listUpcomingMeetings,
} from './dashboard';
import { addMeeting, makeWorld, type World } from './test-data';
import { systemViewer as everyone } from '@/lib/auth/roles';

let db: Db;
let world: World;
const today = '2024-06-15';
const since = '2023-07-01';
const followUp = (description: string, dueDate: string, status: 'open' | 'done' = 'open') => ({
  description,
  owner: '',
  dueDate,
  status,
});

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('getDashboardCounts', () => {
  it('counts held meetings in the window, people, organizations, countries and follow-ups', async () => {
    const { umarov, launsky, schmid } = world.people;
    await addMeeting(db, world, [umarov, launsky], '2023-07-01'); // first day counts
    await addMeeting(db, world, [umarov, schmid], '2024-06-15', {
      followUps: [
        followUp('Overdue', '2024-06-01'),
        followUp('Soon', '2024-07-01'),
        followUp('Done', '2024-01-01', 'done'),
      ],
    });
    await addMeeting(db, world, [umarov], '2023-06-30'); // before the window
    await addMeeting(db, world, [umarov], '2024-06-16', { status: 'planned' }); // ahead
    await addMeeting(db, world, [umarov], '2024-01-10', { status: 'cancelled' });
    const deleted = await addMeeting(db, world, [launsky], '2024-02-01', {
      followUps: [followUp('Of a deleted meeting', '2024-01-01')],
    });
    await deleteMeeting(db, deleted);
    expect(await getDashboardCounts(db, everyone, { since, today })).toEqual({
      meetingsHeld: 2,
      officials: 5,
      organizations: 6,
      countriesRepresented: 2,
      openFollowUps: 2,
      overdueFollowUps: 1,
    });
  });

  it('gives zeros for an empty database', async () => {
    const empty = createTestDb();
    expect(await getDashboardCounts(empty, everyone, { since, today })).toEqual({
      meetingsHeld: 0,
      officials: 0,
      organizations: 0,
      countriesRepresented: 0,
      openFollowUps: 0,
      overdueFollowUps: 0,
    });
  });
});

describe('countMeetingsHeldByMonth', () => {
  it('adds up to the headline figure', async () => {
    const { umarov } = world.people;
    for (const date of ['2023-07-01', '2023-07-20', '2024-01-05', '2024-06-15', '2024-06-20']) {
      await addMeeting(db, world, [umarov], date);
    }
    const months = await countMeetingsHeldByMonth(db, everyone, { since, today });
    expect(months).toEqual([
      { month: '2023-07', meetings: 2 },
      { month: '2024-01', meetings: 1 },
      { month: '2024-06', meetings: 1 },
    ]);
    const { meetingsHeld } = await getDashboardCounts(db, everyone, { since, today });
    expect(months.reduce((n, m) => n + m.meetings, 0)).toBe(meetingsHeld);
  });
});

describe('dashboard lists', () => {
  it('shows recent meetings up to today and planned ones not yet over', async () => {
    const { umarov } = world.people;
    const past = await addMeeting(db, world, [umarov], '2024-06-01');
    const todays = await addMeeting(db, world, [umarov], '2024-06-15');
    const ongoing = await addMeeting(db, world, [umarov], '2024-06-14', {
      status: 'planned',
      datePrecision: 'range',
      endDate: '2024-06-20',
    });
    const later = await addMeeting(db, world, [umarov], '2024-07-01', { status: 'planned' });
    await addMeeting(db, world, [umarov], '2024-05-01', { status: 'planned' }); // planned, past
    expect((await listRecentMeetings(db, everyone, today, 2)).map((m) => m.id)).toEqual([
      todays,
      ongoing,
    ]);
    expect((await listRecentMeetings(db, everyone, today)).map((m) => m.id)).toContain(past);
    expect((await listUpcomingMeetings(db, everyone, today)).map((m) => m.id)).toEqual([
      ongoing,
      later,
    ]);
  });

  it('lists open follow-ups with a due date, most overdue first, with their meeting', async () => {
    const id = await addMeeting(db, world, [world.people.umarov], '2024-01-01', {
      title: 'Umarov – Schmid',
      followUps: [
        followUp('Later', '2024-09-01'),
        followUp('Earliest', '2024-02-01'),
        followUp('Closed', '2024-01-15', 'done'),
        { description: 'Undated', owner: '', dueDate: '', status: 'open' },
      ],
    });
    const due = await listFollowUpsDue(db, everyone);
    expect(due.map((f) => [f.description, f.meetingId, f.meetingTitle])).toEqual([
      ['Earliest', id, 'Umarov – Schmid'],
      ['Later', id, 'Umarov – Schmid'],
    ]);
  });
});
