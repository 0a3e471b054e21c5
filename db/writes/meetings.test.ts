import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { meetingInput, type MeetingFormValues } from '@/lib/validation/meeting';
import type { Db } from '../client';
import { DomainError } from '../errors';
import { getMeeting, listMeetings } from '../queries/meetings';
import { auditEntries, meetings, topics } from '../schema';
import { createTestDb } from '../testing';
import { createMeeting, deleteMeeting, restoreMeeting, updateMeeting } from './meetings';
import { createOfficial } from './officials';
import { createOrganization } from './organizations';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let umarov: number;
let schmid: number;
let osce: number;

function form(overrides: Partial<MeetingFormValues> = {}): MeetingFormValues {
  return {
    title: 'Umarov – Schmid (OSCE)',
    datePrecision: 'range',
    date: '2023-03-13',
    endDate: '2023-03-17',
    time: '',
    venue: '',
    city: 'Vienna',
    countryCode: 'AT',
    eventId: null,
    format: 'bilateral',
    status: 'held',
    classification: 'public',
    summary: 'Prospects for Kazakhstan’s cooperation with the OSCE.',
    outcomes: '',
    participants: [
      {
        officialId: umarov,
        organizationId: null,
        role: 'head',
        title: 'First Deputy Foreign Minister',
      },
      { officialId: schmid, organizationId: osce, role: 'head', title: 'Secretary General' },
    ],
    topics: [{ name: 'Election observation' }],
    sources: [
      {
        url: 'https://astanatimes.com/x',
        title: 'Kazakhstan underlines',
        publisher: '',
        publishedDate: '',
      },
    ],
    followUps: [
      { description: 'Invite Schmid to AIF', owner: '', dueDate: '2023-06-01', status: 'open' },
    ],
    ...overrides,
  };
}

const parse = (v: MeetingFormValues) => meetingInput.parse(v);

function search(term: string): number[] {
  return db
    .all<{ rowid: number }>(sql`select rowid from meetings_fts where meetings_fts match ${term}`)
    .map((r) => r.rowid);
}

beforeEach(async () => {
  db = createTestDb();
  const mfa = await createOrganization(db, {
    name: 'Ministry of Foreign Affairs of Kazakhstan',
    acronym: null,
    kind: 'ministry',
    countryCode: 'KZ',
    parentId: null,
    website: null,
    aliases: [],
  });
  umarov = (
    await createOfficial(db, {
      displayName: 'Kairat Umarov',
      aliases: [],
      countryCode: 'KZ',
      notes: null,
      organizationId: mfa.id,
      newOrganization: null,
      title: 'First Deputy Foreign Minister',
      positionStart: null,
    })
  ).id;
  const created = await createOfficial(db, {
    displayName: 'Helga Schmid',
    aliases: [],
    countryCode: null,
    notes: null,
    organizationId: null,
    newOrganization: {
      name: 'Organization for Security and Co-operation in Europe',
      acronym: 'OSCE',
      kind: 'international',
      countryCode: null,
      parentId: null,
      website: null,
      aliases: [],
    },
    title: 'Secretary General',
    positionStart: null,
  });
  schmid = created.id;
  osce = created.organizationId!;
});

describe('createMeeting', () => {
  it('stores the meeting with its span, children and represented countries', async () => {
    const { id, version } = await createMeeting(db, parse(form()));
    expect(version).toBe(1);
    const m = await getMeeting(db, everyone, id);
    expect(m).toMatchObject({
      startDate: '2023-03-13',
      endDate: '2023-03-17',
      datePrecision: 'range',
    });
    expect(m!.participants.map((p) => [p.officialName, p.countryCode, p.title])).toEqual([
      ['Kairat Umarov', 'KZ', 'First Deputy Foreign Minister'],
      ['Helga Schmid', null, 'Secretary General'],
    ]);
    expect(m!.topics.map((t) => t.name)).toEqual(['Election observation']);
    expect(m!.sources).toHaveLength(1);
    expect(m!.followUps[0]).toMatchObject({ dueDate: '2023-06-01', status: 'open' });
    const audit = db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityType, 'meeting'))
      .all();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('stores a month-precision date as the whole month', async () => {
    const { id } = await createMeeting(
      db,
      parse(form({ datePrecision: 'month', date: '2024-02', endDate: '' })),
    );
    expect(await getMeeting(db, everyone, id)).toMatchObject({
      startDate: '2024-02-01',
      endDate: '2024-02-29',
    });
  });

  it('indexes the meeting for full-text search, diacritics folded', async () => {
    const { id } = await createMeeting(db, parse(form()));
    expect(search('umarov')).toEqual([id]);
    expect(search('umar*')).toEqual([id]);
    expect(search('schmid')).toEqual([id]);
    expect(search('osce')).toEqual([id]);
    expect(search('election')).toEqual([id]);
    expect(search('vienna')).toEqual([id]);
  });

  it('reuses an existing topic by name, ignoring case and accents', async () => {
    await createMeeting(db, parse(form()));
    await createMeeting(db, parse(form({ topics: [{ name: 'election OBSERVATION' }] })));
    expect(db.select().from(topics).all()).toHaveLength(1);
  });

  it('rejects an unknown official with a field error and writes nothing', async () => {
    const bad = form({
      participants: [{ officialId: 999, organizationId: null, role: 'head', title: '' }],
    });
    await expect(createMeeting(db, parse(bad))).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { 'participants.0.officialId': 'This official no longer exists.' },
    });
    expect(db.select().from(meetings).all()).toHaveLength(0);
  });
});

describe('meeting validation', () => {
  it('requires a title, a date and at least one participant', () => {
    const r = meetingInput.safeParse(form({ title: ' ', date: '', participants: [] }));
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'date', 'participants']));
  });

  it('rejects an end date before the start date', () => {
    const r = meetingInput.safeParse(form({ endDate: '2023-03-12' }));
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['endDate']);
  });

  it('rejects a source URL that is not a URL', () => {
    const r = meetingInput.safeParse(
      form({ sources: [{ url: 'astanatimes', title: '', publisher: '', publishedDate: '' }] }),
    );
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['sources.0.url']);
  });

  it('rejects the same person twice', () => {
    const p = { officialId: umarov, organizationId: null, role: 'head' as const, title: '' };
    const r = meetingInput.safeParse(form({ participants: [p, p] }));
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['participants']);
  });
});

describe('updateMeeting', () => {
  it('replaces fields and children, bumps the version and reindexes', async () => {
    const { id } = await createMeeting(db, parse(form()));
    const before = db.select().from(meetings).where(eq(meetings.id, id)).get()!;
    const { version } = await updateMeeting(
      db,
      id,
      parse(
        form({ title: 'Umarov meets Schmid', topics: [{ name: 'Astana International Forum' }] }),
      ),
      1,
    );
    expect(version).toBe(2);
    const m = await getMeeting(db, everyone, id);
    expect(m!.title).toBe('Umarov meets Schmid');
    expect(m!.updatedAt).toBeGreaterThanOrEqual(before.updatedAt);
    expect(m!.topics.map((t) => t.name)).toEqual(['Astana International Forum']);
    expect(search('forum')).toEqual([id]);
    expect(search('election')).toEqual([]);
    const update = db.select().from(auditEntries).where(eq(auditEntries.action, 'update')).get()!;
    expect(update.diff).toMatchObject({
      title: { before: 'Umarov – Schmid (OSCE)', after: 'Umarov meets Schmid' },
      topics: { before: ['Election observation'], after: ['Astana International Forum'] },
    });
  });

  it('refuses a save based on an old version', async () => {
    const { id } = await createMeeting(db, parse(form()));
    await updateMeeting(db, id, parse(form({ title: 'First edit' })), 1);
    const stale = updateMeeting(db, id, parse(form({ title: 'Second edit' })), 1);
    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    expect((await getMeeting(db, everyone, id))!.title).toBe('First edit');
  });
});

describe('deleteMeeting', () => {
  it('soft-deletes: gone from reads and search, row kept, restorable', async () => {
    const { id } = await createMeeting(db, parse(form()));
    await deleteMeeting(db, id);
    expect(await getMeeting(db, everyone, id)).toBeNull();
    expect((await listMeetings(db, everyone)).total).toBe(0);
    expect(search('umarov')).toEqual([]);
    expect(db.select().from(meetings).where(eq(meetings.id, id)).get()!.deletedAt).not.toBeNull();
    await expect(deleteMeeting(db, id)).rejects.toMatchObject({ code: 'not_found' });
    await restoreMeeting(db, id);
    expect(search('umarov')).toEqual([id]);
  });
});
