import { and, eq, isNull } from 'drizzle-orm';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  mergeInput,
  officialInput,
  officialRecordInput,
  organizationInput,
  topicInput,
} from '@/lib/validation/entities';
import type { Db } from '../../client';
import { countMeetings, searchMeetings } from '../../queries/meeting-search';
import { mergedInto, movedTopic } from '../../queries/merges';
import { f } from '../../queries/search/test-world';
import { addMeeting, makeWorld, type World } from '../../queries/test-data';
import {
  auditEntries,
  events,
  meetingTopics,
  officials,
  organizations,
  participants,
  positions,
  topics,
} from '../../schema';
import { createTestDb } from '../../testing';
import { systemActor } from '../audit';
import { createOfficial, createOfficialRecord } from '../officials';
import { createOrganization } from '../organizations';
import { createTopic, findOrCreateTopic } from '../topics';
import { mergeOfficials } from './officials';
import { mergeOrganizations } from './organizations';
import { mergeTopics } from './topics';

let db: Db;
let world: World;
beforeEach(async () => {
  db = createTestDb();
  world = await makeWorld(db);
});

const hits = async (q: string) =>
  (await searchMeetings(db, everyone, f({ q }), { limit: 50 })).items.map((m) => m.id).sort();
const merge = (keepId: number, dropId: number, keepVersion = 1, dropVersion = 1) =>
  mergeInput.parse({ keepId, dropId, keepVersion, dropVersion });
const rowsOf = (meetingId: number) =>
  db.select().from(participants).where(eq(participants.meetingId, meetingId)).all();
const mergeAudit = (type: string, id: number) =>
  db
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.entityType, type),
        eq(auditEntries.entityId, id),
        eq(auditEntries.action, 'merge'),
      ),
    )
    .all();

describe('merging officials', () => {
  async function duplicateOfUmarov() {
    const { id } = await createOfficialRecord(
      db,
      officialRecordInput.parse({
        displayName: 'Qairat Umarov',
        aliases: ['K. Umarov'],
        notes: 'Created twice by mistake.',
        wikidataId: 'Q5',
        positions: [
          // The same position as the kept record's: folded into it, not kept twice.
          { organizationId: world.org.mfaKz, title: 'First Deputy Foreign Minister' },
          { organizationId: world.org.osce, title: 'Head of Mission', endDate: '2019-12-31' },
        ],
      }),
    );
    return id;
  }

  it('moves every participation and position, keeps the names, and never lists one twice', async () => {
    const { umarov, launsky, waly, schmid } = world.people;
    const dup = await duplicateOfUmarov();
    const a = await addMeeting(db, world, [umarov, launsky], '2023-03-13');
    const b = await addMeeting(db, world, [dup, waly], '2023-03-14');
    const both = await addMeeting(db, world, [umarov, dup, schmid], '2023-03-15', {
      participants: [
        { officialId: umarov, organizationId: null, role: 'member', title: '' },
        {
          officialId: dup,
          organizationId: world.org.mfaKz,
          role: 'head',
          title: 'First Deputy Foreign Minister',
        },
        { officialId: schmid, organizationId: world.org.osce, role: 'head', title: '' },
      ],
    });
    expect(await hits('Qairat')).toEqual([b, both]);

    const { version } = await mergeOfficials(db, merge(umarov, dup));
    expect(version).toBe(2);

    expect(db.select().from(participants).where(eq(participants.officialId, dup)).all()).toEqual(
      [],
    );
    const people = rowsOf(both);
    expect(people).toHaveLength(2);
    expect(people.find((p) => p.officialId === umarov)).toMatchObject({
      role: 'head',
      title: 'First Deputy Foreign Minister',
      organizationId: world.org.mfaKz,
    });
    expect(await countMeetings(db, everyone, f({ official: [umarov] }))).toBe(3);
    expect(await countMeetings(db, everyone, f({ official: [dup] }))).toBe(0);
    // The kept official's meetings are found by the dropped one's names: the index was rewritten.
    expect(await hits('Qairat')).toEqual([a, b, both].sort());

    const kept = db.select().from(officials).where(eq(officials.id, umarov)).get()!;
    expect(kept.aliases).toEqual(['Qairat Umarov', 'K. Umarov']);
    expect(kept).toMatchObject({ wikidataId: 'Q5', notes: 'Created twice by mistake.' });
    const held = db
      .select()
      .from(positions)
      .where(and(eq(positions.officialId, umarov), isNull(positions.deletedAt)))
      .all();
    expect(held.map((p) => p.title).sort()).toEqual([
      'First Deputy Foreign Minister',
      'Head of Mission',
    ]);
    expect(db.select().from(positions).where(eq(positions.officialId, dup)).all()).toEqual([]);

    const dropped = db.select().from(officials).where(eq(officials.id, dup)).get()!;
    expect(dropped.deletedAt).not.toBeNull();
    expect(dropped.mergedIntoId).toBe(umarov);
    expect(await mergedInto(db, 'official', dup)).toEqual({
      id: umarov,
      name: 'Kairat Umarov',
      href: `/officials/${umarov}`,
    });
    expect(await mergedInto(db, 'official', umarov)).toBeNull();

    const [keptEntry] = mergeAudit('official', umarov);
    expect(keptEntry!.diff).toMatchObject({
      aliases: { before: [], after: ['Qairat Umarov', 'K. Umarov'] },
      meetings: { before: 2, after: 3 },
      mergedFrom: { before: null, after: { id: dup, displayName: 'Qairat Umarov' } },
    });
    const [droppedEntry] = mergeAudit('official', dup);
    expect(droppedEntry!.diff).toMatchObject({
      meetings: { before: 2, after: 0 },
      deleted: { before: false, after: true },
    });
  });

  it('refuses a stale version (409), a merged record (404) and the same record twice', async () => {
    const { umarov } = world.people;
    const dup = await duplicateOfUmarov();
    await expect(mergeOfficials(db, merge(umarov, dup, 1, 2))).rejects.toMatchObject({
      code: 'conflict',
    });
    await mergeOfficials(db, merge(umarov, dup));
    await expect(mergeOfficials(db, merge(umarov, dup, 2, 2))).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(
      mergeInput.safeParse({ keepId: 3, dropId: 3, keepVersion: 1, dropVersion: 1 }).success,
    ).toBe(false);
  });

  it('follows a chain of merges to the live record', async () => {
    const { umarov } = world.people;
    const first = (await createOfficial(db, officialInput.parse({ displayName: 'K. Umarov' }))).id;
    const second = (await createOfficial(db, officialInput.parse({ displayName: 'Umarov K.' }))).id;
    await mergeOfficials(db, merge(first, second));
    await mergeOfficials(db, merge(umarov, first, 1, 2));
    expect((await mergedInto(db, 'official', second))?.id).toBe(umarov);
  });
});

describe('merging organizations', () => {
  const org = (v: Record<string, unknown>) =>
    createOrganization(db, organizationInput.parse({ kind: 'international', ...v }));

  it('moves participations, positions, sub-organizations and events, folding shared rows', async () => {
    const { osce } = world.org;
    const { schmid, waly } = world.people;
    const dup = (await org({ name: 'OSCE', aliases: ['OSZE'] })).id;
    const office = (await org({ name: 'OSCE Programme Office in Astana', parentId: dup })).id;
    const event = db
      .insert(events)
      .values({
        name: 'OSCE Ministerial',
        startDate: '2023-11-30',
        endDate: '2023-12-01',
        organizerId: dup,
      })
      .returning()
      .get().id;
    db.insert(positions)
      .values({ officialId: schmid, organizationId: dup, title: 'Secretary General' })
      .run();
    const briefing = await addMeeting(db, world, [], '2023-03-18', {
      participants: [
        { officialId: null, organizationId: osce, role: 'member', title: '' },
        { officialId: null, organizationId: dup, role: 'host', title: 'Secretariat' },
      ],
    });
    const withWaly = await addMeeting(db, world, [], '2023-03-19', {
      participants: [
        { officialId: waly, organizationId: world.org.unodc, role: 'head', title: '' },
        { officialId: null, organizationId: dup, role: 'head', title: '' },
      ],
    });

    await mergeOrganizations(db, merge(osce, dup));

    expect(
      db.select().from(participants).where(eq(participants.organizationId, dup)).all(),
    ).toEqual([]);
    expect(rowsOf(briefing)).toMatchObject([
      { organizationId: osce, role: 'host', title: 'Secretariat' },
    ]);
    expect(await countMeetings(db, everyone, f({ organization: [osce] }))).toBe(2);
    expect(await hits('Co-operation')).toEqual([briefing, withWaly].sort());
    const byId = (id: number) =>
      db.select().from(organizations).where(eq(organizations.id, id)).get()!;
    expect(byId(office).parentId).toBe(osce);
    expect(db.select().from(events).where(eq(events.id, event)).get()!.organizerId).toBe(osce);
    const schmidAtOsce = db
      .select()
      .from(positions)
      .where(and(eq(positions.officialId, schmid), isNull(positions.deletedAt)))
      .all();
    expect(schmidAtOsce).toMatchObject([{ organizationId: osce, title: 'Secretary General' }]);
    expect(byId(osce).aliases).toEqual(['OSZE']);
    expect(byId(dup)).toMatchObject({ mergedIntoId: osce, deletedAt: expect.any(Number) });
    expect(mergeAudit('organization', osce)).toHaveLength(1);
    expect(mergeAudit('organization', dup)[0]!.diff).toMatchObject({
      participations: { before: 2, after: 0 },
      children: { before: 1, after: 0 },
    });
  });

  it('makes no loop when the kept organization sat under the dropped one', async () => {
    const { un, unodc, cnd } = world.org;
    await mergeOrganizations(db, merge(cnd, un));
    const parentOf = (id: number) =>
      db.select().from(organizations).where(eq(organizations.id, id)).get()!.parentId;
    expect(parentOf(cnd)).toBeNull();
    expect(parentOf(unodc)).toBe(cnd);
    const kept = db.select().from(organizations).where(eq(organizations.id, cnd)).get()!;
    expect(kept.aliases).toEqual(['United Nations', 'UN']);
  });
});

describe('merging topics', () => {
  it('moves meetings and sub-topics, never linking a meeting twice, and keeps the name', async () => {
    const topic = (v: Record<string, unknown>) => createTopic(db, topicInput.parse(v));
    const narcotics = await topic({ name: 'Counter-narcotics' });
    const drugs = await topic({ name: 'Drug control', description: 'From the old list.' });
    const synthetic = await topic({ name: 'Synthetic drugs', parentId: drugs.id });
    const ref = (t: { id: number }) => ({ id: t.id, name: 'x' });
    const both = await addMeeting(db, world, [world.people.waly], '2023-03-13', {
      topics: [ref(narcotics), ref(drugs)],
    });
    const onlyDrugs = await addMeeting(db, world, [world.people.chair], '2023-03-14', {
      topics: [ref(drugs)],
    });

    const result = await mergeTopics(db, merge(narcotics.id, drugs.id));
    expect(result).toMatchObject({ slug: 'counter-narcotics', version: 2 });

    const links = db.select().from(meetingTopics).all();
    expect(links.filter((l) => l.topicId === drugs.id)).toEqual([]);
    expect(links.filter((l) => l.meetingId === both)).toEqual([
      { meetingId: both, topicId: narcotics.id },
    ]);
    expect(await countMeetings(db, everyone, f({ topic: [narcotics.id] }))).toBe(2);
    expect(await hits('narcotics')).toEqual([both, onlyDrugs].sort());
    const byId = (id: number) => db.select().from(topics).where(eq(topics.id, id)).get()!;
    expect(byId(synthetic.id).parentId).toBe(narcotics.id);
    expect(byId(narcotics.id)).toMatchObject({
      aliases: ['Drug control'],
      description: 'From the old list.',
    });
    expect(await movedTopic(db, 'drug-control')).toEqual({
      id: narcotics.id,
      name: 'Counter-narcotics',
      href: '/topics/counter-narcotics',
    });
    expect(
      findOrCreateTopic(
        db,
        { name: 'Drug Control', parentId: null, description: null },
        systemActor,
      ),
    ).toBe(narcotics.id);
    expect(mergeAudit('topic', narcotics.id)[0]!.diff).toMatchObject({
      meetings: { before: 1, after: 2 },
    });
  });
});
