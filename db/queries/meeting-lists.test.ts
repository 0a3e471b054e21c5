import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { deleteMeeting } from '../writes/meetings';
import { createTopic } from '../writes/topics';
import {
  earliestMeetingStartFrom,
  latestMeetingStartBefore,
  listMeetingsHeldIn,
  listMeetingsOfEvent,
  listMeetingsOfOfficial,
  listMeetingsOfOrganization,
  listMeetingsOfTopic,
  listMeetingsRepresenting,
  listMeetingsStartingBetween,
} from './meeting-lists';
import { addMeeting, makeWorld, type World } from './test-data';
import { systemViewer as everyone } from '@/lib/auth/roles';

let db: Db;
let world: World;
const ids = (page: { meetings: Array<{ id: number }> }) => page.meetings.map((m) => m.id);

beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

describe('listMeetingsOfOrganization', () => {
  it('includes the meetings of organizations under it, at any depth', async () => {
    const { umarov, waly, chair, schmid } = world.people;
    const withUnodc = await addMeeting(db, world, [umarov, waly], '2023-01-01');
    const withCnd = await addMeeting(db, world, [umarov, chair], '2023-02-01');
    await addMeeting(db, world, [umarov, schmid], '2023-03-01');
    expect(ids(await listMeetingsOfOrganization(db, everyone, world.org.un, {}))).toEqual([
      withCnd,
      withUnodc,
    ]);
    expect(ids(await listMeetingsOfOrganization(db, everyone, world.org.unodc, {}))).toEqual([
      withCnd,
      withUnodc,
    ]);
    expect(ids(await listMeetingsOfOrganization(db, everyone, world.org.cnd, {}))).toEqual([
      withCnd,
    ]);
  });

  it('counts a meeting once even when several sub-organizations took part', async () => {
    const { waly, chair } = world.people;
    const both = await addMeeting(db, world, [waly, chair], '2023-01-01');
    const page = await listMeetingsOfOrganization(db, everyone, world.org.un, {});
    expect(ids(page)).toEqual([both]);
    expect(page.total).toBe(1);
  });

  it('leaves out deleted meetings', async () => {
    const id = await addMeeting(db, world, [world.people.waly], '2023-01-01');
    await deleteMeeting(db, id);
    expect((await listMeetingsOfOrganization(db, everyone, world.org.un, {})).total).toBe(0);
  });
});

describe('listMeetingsOfTopic', () => {
  it('includes the meetings on its sub-topics, and not on its parent or siblings', async () => {
    const security = await createTopic(db, { name: 'Security', parentId: null, description: null });
    const narcotics = await createTopic(db, {
      name: 'Counter-narcotics',
      parentId: security.id,
      description: null,
    });
    const caricc = await createTopic(db, {
      name: 'CARICC',
      parentId: narcotics.id,
      description: null,
    });
    const cyber = await createTopic(db, {
      name: 'Cybercrime',
      parentId: security.id,
      description: null,
    });
    const { umarov } = world.people;
    const onSecurity = await addMeeting(db, world, [umarov], '2023-01-01', {
      topics: [{ id: security.id, name: 'Security' }],
    });
    const onCaricc = await addMeeting(db, world, [umarov], '2023-02-01', {
      topics: [{ id: caricc.id, name: 'CARICC' }],
    });
    const onCyber = await addMeeting(db, world, [umarov], '2023-03-01', {
      topics: [{ id: cyber.id, name: 'Cybercrime' }],
    });
    await addMeeting(db, world, [umarov], '2023-04-01', { topics: [{ name: 'Trade' }] });
    expect(ids(await listMeetingsOfTopic(db, everyone, security.id, {}))).toEqual([
      onCyber,
      onCaricc,
      onSecurity,
    ]);
    expect(ids(await listMeetingsOfTopic(db, everyone, narcotics.id, {}))).toEqual([onCaricc]);
    expect(ids(await listMeetingsOfTopic(db, everyone, cyber.id, {}))).toEqual([onCyber]);
  });
});

describe('the other meeting lists', () => {
  it('lists an official’s meetings, newest first', async () => {
    const { umarov, schmid, waly } = world.people;
    const first = await addMeeting(db, world, [umarov, schmid], '2023-01-01');
    await addMeeting(db, world, [umarov, waly], '2023-02-01');
    const last = await addMeeting(db, world, [schmid], '2023-03-01');
    expect(ids(await listMeetingsOfOfficial(db, everyone, schmid, {}))).toEqual([last, first]);
  });

  it('tells meetings where a country was represented from meetings held there', async () => {
    const { umarov, launsky, schmid } = world.people;
    const kzInVienna = await addMeeting(db, world, [umarov, schmid], '2023-01-01');
    const atInAstana = await addMeeting(db, world, [launsky, schmid], '2023-02-01', {
      city: 'Astana',
      countryCode: 'KZ',
    });
    expect(ids(await listMeetingsRepresenting(db, everyone, 'KZ', {}))).toEqual([kzInVienna]);
    expect(ids(await listMeetingsHeldIn(db, everyone, 'KZ', {}))).toEqual([atInAstana]);
    expect(ids(await listMeetingsRepresenting(db, everyone, 'AT', {}))).toEqual([atInAstana]);
    expect(ids(await listMeetingsHeldIn(db, everyone, 'AT', {}))).toEqual([kzInVienna]);
  });

  it('lists the meetings on the sidelines of an event', async () => {
    const { umarov, waly } = world.people;
    const sideline = await addMeeting(db, world, [umarov, waly], '2023-03-14', {
      eventId: world.event,
    });
    await addMeeting(db, world, [umarov, waly], '2023-04-14');
    expect(ids(await listMeetingsOfEvent(db, everyone, world.event, {}))).toEqual([sideline]);
  });
});

describe('timeline windows', () => {
  it('lists the meetings starting in a window and finds its neighbours', async () => {
    const { umarov } = world.people;
    await addMeeting(db, world, [umarov], '2023-01-31');
    const feb = await addMeeting(db, world, [umarov], '2023-02-01');
    const march = await addMeeting(db, world, [umarov], '2023-03', { datePrecision: 'month' });
    await addMeeting(db, world, [umarov], '2023-06-10');
    const rows = await listMeetingsStartingBetween(db, everyone, '2023-02-01', '2023-04-01');
    expect(rows.map((r) => r.id)).toEqual([march, feb]);
    expect(await latestMeetingStartBefore(db, everyone, '2023-02-01')).toBe('2023-01-31');
    expect(await latestMeetingStartBefore(db, everyone, null)).toBe('2023-06-10');
    expect(await latestMeetingStartBefore(db, everyone, '2023-01-01')).toBeNull();
    expect(await earliestMeetingStartFrom(db, everyone, '2023-04-01')).toBe('2023-06-10');
    expect(await earliestMeetingStartFrom(db, everyone, '2023-07-01')).toBeNull();
  });
});
