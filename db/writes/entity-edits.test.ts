import { and, eq } from 'drizzle-orm';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  eventInput,
  mergeInput,
  officialRecordInput,
  organizationInput,
  topicInput,
} from '@/lib/validation/entities';
import type { Db } from '../client';
import { searchMeetings } from '../queries/meeting-search';
import { f } from '../queries/search/test-world';
import { addMeeting, makeWorld, type World } from '../queries/test-data';
import { auditEntries, officials, positions, topics } from '../schema';
import { createTestDb } from '../testing';
import { deleteEvent, restoreEvent, updateEvent } from './events';
import { createOfficialRecord, deleteOfficial, restoreOfficial, updateOfficial } from './officials';
import { deleteOrganization, updateOrganization } from './organizations';
import { createTopic, findOrCreateTopic, restoreTopic, updateTopic, deleteTopic } from './topics';
import { systemActor } from './audit';
import { mergeTopics } from './merge/topics';
import { movedTopic } from '../queries/merges';

let db: Db;
let world: World;
beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

const hits = async (q: string) =>
  (await searchMeetings(db, everyone, f({ q }), { limit: 50 })).items.map((m) => m.id);
const versionOf = (id: number) =>
  db.select({ v: officials.version }).from(officials).where(eq(officials.id, id)).get()!.v;
const auditOf = (type: string, id: number) =>
  db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.entityType, type), eq(auditEntries.entityId, id)))
    .all();

const umarovRecord = (over: Record<string, unknown> = {}) =>
  officialRecordInput.parse({
    displayName: 'Kairat Umarov',
    aliases: ['Qairat Umarov'],
    countryCode: 'KZ',
    positions: [{ organizationId: world.org.mfaKz, title: 'First Deputy Foreign Minister' }],
    ...over,
  });

describe('editing an official', () => {
  it('renames them, and a search for the new name finds their meetings', async () => {
    const meeting = await addMeeting(db, world, [world.people.umarov], '2023-03-14');
    expect(await hits('Oumarov')).toEqual([]);
    const { version } = await updateOfficial(
      db,
      world.people.umarov,
      umarovRecord({ displayName: 'Kairat Oumarov', aliases: ['K. Umarov'] }),
      1,
    );
    expect(version).toBe(2);
    expect(await hits('Oumarov')).toEqual([meeting]);
    expect(await hits('K. Umarov')).toEqual([meeting]);
    const row = db.select().from(officials).where(eq(officials.id, world.people.umarov)).get()!;
    expect(row).toMatchObject({
      sortName: 'Oumarov, Kairat',
      searchKey: 'kairat oumarov\nk umarov',
    });
    const [, update] = auditOf('official', world.people.umarov);
    expect(update).toMatchObject({ action: 'update' });
    expect(update!.diff).toMatchObject({
      displayName: { before: 'Kairat Umarov', after: 'Kairat Oumarov' },
    });
  });

  it('refuses a save over someone else’s (409), and a missing official (404)', async () => {
    await updateOfficial(db, world.people.umarov, umarovRecord({ notes: 'First save' }), 1);
    await expect(
      updateOfficial(db, world.people.umarov, umarovRecord({ notes: 'Stale save' }), 1),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(
      db.select().from(officials).where(eq(officials.id, world.people.umarov)).get(),
    ).toMatchObject({ notes: 'First save', version: 2 });
    await expect(updateOfficial(db, 9999, umarovRecord(), 1)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('edits, adds and ends positions, and removes the ones left out', async () => {
    const id = world.people.umarov;
    const [current] = db.select().from(positions).where(eq(positions.officialId, id)).all();
    await updateOfficial(
      db,
      id,
      umarovRecord({
        positions: [
          {
            id: current!.id,
            organizationId: world.org.mfaKz,
            title: 'First Deputy Foreign Minister',
            startDate: '2022-01-05',
            endDate: '2023-12-31',
          },
          { organizationId: world.org.osce, title: 'Head of Mission', startDate: '2024-01-01' },
        ],
      }),
      1,
    );
    const live = () =>
      db
        .select()
        .from(positions)
        .where(eq(positions.officialId, id))
        .all()
        .filter((p) => p.deletedAt === null);
    expect(live()).toMatchObject([
      { id: current!.id, endDate: '2023-12-31', version: 2 },
      { organizationId: world.org.osce, title: 'Head of Mission', endDate: null },
    ]);
    await updateOfficial(db, id, umarovRecord({ positions: [] }), 2);
    expect(live()).toEqual([]);
  });

  it('rejects a position at a deleted organization, or one of another official', async () => {
    await deleteOrganization(db, world.org.osce);
    const [other] = db
      .select()
      .from(positions)
      .where(eq(positions.officialId, world.people.schmid))
      .all();
    await expect(
      updateOfficial(
        db,
        world.people.umarov,
        umarovRecord({
          positions: [
            { organizationId: world.org.osce, title: 'Head of Mission' },
            { id: other!.id, title: 'Secretary General' },
          ],
        }),
        1,
      ),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: {
        'positions.0.organizationId': expect.any(String),
        'positions.1.title': expect.any(String),
      },
    });
  });

  it('creates one with every position, and deletes and restores them', async () => {
    const { id, version } = await createOfficialRecord(
      db,
      officialRecordInput.parse({
        displayName: 'Aida Nurlanova',
        sortName: 'Nurlanova Aida',
        wikidataId: 'https://www.wikidata.org/wiki/q123',
        positions: [
          { organizationId: world.org.mfaKz, title: 'Director', endDate: '2020-01-01' },
          { organizationId: world.org.mfaKz, title: 'Ambassador', startDate: '2020-01-02' },
        ],
      }),
    );
    expect(version).toBe(1);
    expect(db.select().from(officials).where(eq(officials.id, id)).get()).toMatchObject({
      sortName: 'Nurlanova Aida',
      wikidataId: 'Q123',
    });
    expect(db.select().from(positions).where(eq(positions.officialId, id)).all()).toHaveLength(2);
    await deleteOfficial(db, id);
    expect(versionOf(id)).toBe(2);
    await expect(deleteOfficial(db, id)).rejects.toMatchObject({ code: 'not_found' });
    await restoreOfficial(db, id);
    expect(auditOf('official', id).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('validates the form: end before start, a bad Wikidata id', () => {
    const r = officialRecordInput.safeParse({
      displayName: 'X',
      wikidataId: 'wikidata 12',
      positions: [{ title: 'Chair', startDate: '2024-01-02', endDate: '2024-01-01' }],
    });
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'positions.0.endDate',
      'wikidataId',
    ]);
  });
});

describe('editing an organization', () => {
  const org = (v: Record<string, unknown>) =>
    organizationInput.parse({ kind: 'international', ...v });

  it('refuses a parent under itself, or itself', async () => {
    const { un, unodc, cnd } = world.org;
    for (const parentId of [cnd, un]) {
      await expect(
        updateOrganization(db, parentId === un ? un : unodc, org({ name: 'X', parentId }), 1),
      ).rejects.toMatchObject({ code: 'invalid', fieldErrors: { parentId: expect.any(String) } });
    }
    await updateOrganization(
      db,
      cnd,
      org({ name: 'Commission on Narcotic Drugs', parentId: un }),
      1,
    );
  });

  it('renames it into the search rows of its meetings, with its new acronym', async () => {
    const meeting = await addMeeting(db, world, [world.people.schmid], '2023-04-01');
    await updateOrganization(
      db,
      world.org.osce,
      org({ name: 'Organisation für Sicherheit', acronym: 'OSZE', website: 'osce.org' }),
      1,
    );
    expect(await hits('OSZE')).toEqual([meeting]);
    expect(await hits('Sicherheit')).toEqual([meeting]);
    await expect(
      updateOrganization(db, world.org.osce, org({ name: 'Stale' }), 1),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reads a website without its scheme, and refuses what is not one', () => {
    expect(org({ name: 'OSCE', website: 'www.osce.org' }).website).toBe('https://www.osce.org');
    expect(
      organizationInput.safeParse({ name: 'X', kind: 'ngo', website: 'not a site' }).success,
    ).toBe(false);
  });
});

describe('editing a topic', () => {
  const topic = (v: Record<string, unknown>) => topicInput.parse(v);

  it('renames it with a new slug, reindexing its meetings; refuses a loop and a taken name', async () => {
    const security = await createTopic(db, topic({ name: 'Security' }));
    const drugs = await createTopic(db, topic({ name: 'Drugs', parentId: security.id }));
    await createTopic(db, topic({ name: 'Health' }));
    const meeting = await addMeeting(db, world, [world.people.waly], '2023-03-14', {
      topics: [{ id: drugs.id, name: 'Drugs' }],
    });
    const renamed = await updateTopic(
      db,
      drugs.id,
      topic({ name: 'Counter-narcotics', parentId: security.id }),
      1,
    );
    expect(renamed).toMatchObject({ slug: 'counter-narcotics', version: 2 });
    expect(await hits('narcotics')).toEqual([meeting]);
    await expect(
      updateTopic(db, security.id, topic({ name: 'Security', parentId: drugs.id }), 1),
    ).rejects.toMatchObject({ fieldErrors: { parentId: expect.stringMatching(/sits under/) } });
    await expect(updateTopic(db, drugs.id, topic({ name: 'health' }), 2)).rejects.toMatchObject({
      fieldErrors: { name: 'A topic with this name exists already.' },
    });
  });

  it('keeps its old addresses leading to it after renames, and after a merge', async () => {
    const drugs = await createTopic(db, topic({ name: 'Drugs' }));
    const target = (slug: string) => movedTopic(db, slug).then((t) => t?.href ?? null);
    await updateTopic(db, drugs.id, topic({ name: 'Drug control' }), 1);
    await updateTopic(db, drugs.id, topic({ name: 'Counter-narcotics' }), 2);
    expect(await target('drugs')).toBe('/topics/counter-narcotics');
    expect(await target('drug-control')).toBe('/topics/counter-narcotics');
    // The live address is not "moved", and an address never used leads nowhere.
    expect(await target('counter-narcotics')).toBeNull();
    expect(await target('never-was')).toBeNull();
    // Back to an old name: that address is live again, the other old ones lead to it.
    await updateTopic(db, drugs.id, topic({ name: 'Drugs' }), 3);
    expect(await target('drugs')).toBeNull();
    expect(await target('counter-narcotics')).toBe('/topics/drugs');
    const health = await createTopic(db, topic({ name: 'Health' }));
    await mergeTopics(
      db,
      mergeInput.parse({ keepId: health.id, dropId: drugs.id, keepVersion: 1, dropVersion: 4 }),
    );
    expect(await target('drug-control')).toBe('/topics/health');
    expect(await target('drugs')).toBe('/topics/health');
  });

  it('finds a topic by an alias when the meeting form names it', async () => {
    const { id } = await createTopic(
      db,
      topic({ name: 'Counter-narcotics', aliases: ['Drug control'] }),
    );
    expect(
      findOrCreateTopic(
        db,
        { name: 'drug control', parentId: null, description: null },
        systemActor,
      ),
    ).toBe(id);
  });

  it('is restored only while no live topic has its name', async () => {
    const { id } = await createTopic(db, topic({ name: 'Security' }));
    await deleteTopic(db, id);
    const again = await createTopic(db, topic({ name: 'Security' }));
    expect(again.slug).toBe('security-2');
    await expect(restoreTopic(db, id)).rejects.toMatchObject({ code: 'invalid' });
    await deleteTopic(db, again.id);
    await restoreTopic(db, id);
    expect(db.select().from(topics).where(eq(topics.id, id)).get()!.deletedAt).toBeNull();
  });
});

describe('editing an event', () => {
  it('saves with a version check, and deletes and restores', async () => {
    const values = eventInput.parse({
      name: '66th session of the CND',
      startDate: '2023-03-13',
      endDate: '2023-03-17',
      organizerId: world.org.cnd,
    });
    await updateEvent(db, world.event, values, 1);
    await expect(updateEvent(db, world.event, values, 1)).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      updateEvent(db, world.event, { ...values, countryCode: 'XX', organizerId: 999 }, 2),
    ).rejects.toMatchObject({
      fieldErrors: { countryCode: expect.any(String), organizerId: expect.any(String) },
    });
    await deleteEvent(db, world.event);
    await expect(updateEvent(db, world.event, values, 3)).rejects.toMatchObject({
      code: 'not_found',
    });
    await restoreEvent(db, world.event);
    expect(auditOf('event', world.event).map((a) => a.action)).toEqual([
      'update',
      'delete',
      'restore',
    ]);
  });
});
