import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { events } from '../schema';
import { createTestDb } from '../testing';
import { deleteMeeting } from '../writes/meetings';
import { getEvent, listEvents } from './events';
import { addMeeting, makeWorld, type World } from './test-data';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let world: World;

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('listEvents', () => {
  it('lists events newest first with organizer and live sideline meetings', async () => {
    const later = db
      .insert(events)
      .values({
        name: 'Astana International Forum',
        startDate: '2023-06-08',
        endDate: '2023-06-09',
      })
      .returning({ id: events.id })
      .get().id;
    const { umarov, waly } = world.people;
    await addMeeting(db, world, [umarov, waly], '2023-03-14', { eventId: world.event });
    const gone = await addMeeting(db, world, [umarov, waly], '2023-03-15', {
      eventId: world.event,
    });
    await deleteMeeting(db, gone);
    const { events: rows, total } = await listEvents(db, everyone, {});
    expect(total).toBe(2);
    expect(rows.map((e) => [e.id, e.meetingCount, e.organizerAcronym])).toEqual([
      [later, 0, null],
      [world.event, 1, 'CND'],
    ]);
  });
});

describe('getEvent', () => {
  it('gives the event with its organizer, or null', async () => {
    expect(await getEvent(db, world.event)).toMatchObject({
      name: '66th CND session',
      organizer: { id: world.org.cnd, acronym: 'CND' },
    });
    expect(await getEvent(db, 9999)).toBeNull();
  });
});
