import { beforeAll, describe, expect, it } from 'vitest';
import { meetingInput } from '@/lib/validation/meeting';
import type { Db } from '../client';
import { DomainError } from '../errors';
import { getMeeting } from '../queries/meetings';
import { addMeeting, makeWorld, type World } from '../queries/test-data';
import { createTestDb } from '../testing';
import { systemViewer } from '@/lib/domain/viewer';
import { updateMeeting } from './meetings';
import { createUser } from './users';

let db: Db;
let w: World;
let alice: number;
let bob: number;

beforeAll(async () => {
  db = createTestDb();
  w = await makeWorld(db);
  const user = async (name: string) =>
    (
      await createUser(db, {
        name,
        email: `${name.toLowerCase()}@x.test`,
        role: 'editor',
        password: 'a-long-password',
      })
    ).id;
  alice = await user('Alice');
  bob = await user('Bob');
});

/** The edit form's values for a meeting as it is now, changed by `change`. */
async function formOf(id: number, change: Record<string, unknown>) {
  const m = (await getMeeting(db, systemViewer, id))!;
  return meetingInput.parse({
    title: m.title,
    datePrecision: m.datePrecision,
    date: m.startDate,
    endDate: '',
    time: m.time ?? '',
    venue: m.venue ?? '',
    city: m.city ?? '',
    countryCode: m.countryCode ?? '',
    eventId: m.eventId,
    format: m.format,
    status: m.status,
    classification: m.classification,
    summary: m.summary ?? '',
    outcomes: m.outcomes ?? '',
    participants: m.participants.map((p) => ({
      officialId: p.officialId,
      organizationId: p.organizationId,
      role: p.role,
      title: p.title ?? '',
    })),
    topics: m.topics.map((t) => ({ id: t.id, name: t.name })),
    sources: [],
    followUps: [],
    ...change,
  });
}

describe('a conflicting save', () => {
  it('is refused with what the others changed since the version the form was opened at', async () => {
    const id = await addMeeting(db, w, [w.people.umarov, w.people.launsky], '2024-02-01', {
      title: 'First title',
    });
    const opened = (await getMeeting(db, systemViewer, id))!.version;
    // Alice saves twice, Bob once, while Carol's form is still open at `opened`.
    await updateMeeting(db, id, await formOf(id, { title: 'Second title' }), opened, {
      userId: alice,
    });
    await updateMeeting(db, id, await formOf(id, { city: 'Astana' }), opened + 1, {
      userId: bob,
    });
    const participants = (await formOf(id, {})).participants.slice(0, 1);
    await updateMeeting(
      db,
      id,
      await formOf(id, { title: 'Third title', participants }),
      opened + 2,
      {
        userId: alice,
      },
    );

    const stale = updateMeeting(db, id, await formOf(id, { summary: 'Mine' }), opened, {
      userId: null,
    });
    const error = (await stale.catch((e: unknown) => e)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Someone else saved this meeting .*\(saved by Alice, Bob\)/);
    const details = error.details as {
      currentVersion: number;
      changes: Array<{ field: string; before: unknown; after: unknown }>;
      changedBy: string[];
    };
    expect(details.currentVersion).toBe(opened + 3);
    expect(details.changedBy).toEqual(['Alice', 'Bob']);
    const byField = Object.fromEntries(details.changes.map((c) => [c.field, c]));
    expect(byField.title).toEqual({ field: 'title', before: 'First title', after: 'Third title' });
    expect(byField.city).toEqual({ field: 'city', before: 'Vienna', after: 'Astana' });
    expect((byField.participants!.before as string[]).length).toBe(2);
    expect((byField.participants!.after as string[]).length).toBe(1);
    expect(byField.summary).toBeUndefined();
    // Nothing of the stale save was written; with the current version it goes through.
    expect((await getMeeting(db, systemViewer, id))!.summary).toBeNull();
    await updateMeeting(db, id, await formOf(id, { summary: 'Mine' }), details.currentVersion);
    expect((await getMeeting(db, systemViewer, id))!.summary).toBe('Mine');
  });
});
