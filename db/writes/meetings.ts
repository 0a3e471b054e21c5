import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { dateSpan } from '@/lib/dates';
import { isCountryCode } from '@/lib/countries';
import type { MeetingInput } from '@/lib/validation/meeting';
import type { Db, Tx } from '../client';
import { DomainError, notFound } from '../errors';
import {
  events,
  followUps,
  meetings,
  meetingTopics,
  officials,
  organizations,
  participants,
  sources,
} from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';
import { reindexMeeting } from './search-index';
import { resolveTopics } from './topics';
import { meetingConflict } from './conflict';
import { meetingSnapshot } from './meeting-snapshot';

/** Creates a meeting with its participants, topics, sources and follow-ups, in one transaction. */
export async function createMeeting(
  db: Db,
  input: MeetingInput,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return db.transaction((tx) => {
    checkReferences(tx, input);
    const now = Math.floor(Date.now() / 1000);
    const row = tx
      .insert(meetings)
      .values({
        ...meetingColumns(input),
        createdAt: now,
        updatedAt: now,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning({ id: meetings.id, version: meetings.version })
      .get();
    writeChildren(tx, row.id, input, actor);
    reindexMeeting(tx, row.id);
    recordAudit(tx, {
      actor,
      action: 'create',
      entityType: 'meeting',
      entityId: row.id,
      entityVersion: row.version,
      before: null,
      after: meetingSnapshot(tx, row.id),
    });
    return row;
  });
}

/**
 * Replaces a meeting's fields and children. `expectedVersion` is the version the editor loaded:
 * if someone saved in between, nothing is written and a conflict is raised.
 */
export async function updateMeeting(
  db: Db,
  id: number,
  input: MeetingInput,
  expectedVersion: number,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  try {
    return writeUpdate(db, id, input, expectedVersion, actor);
  } catch (error) {
    // Outside the transaction: say who changed what since the editor's version.
    if (error === staleVersion) throw await meetingConflict(db, id, expectedVersion);
    throw error;
  }
}

/** Raised inside the update's transaction when the version moved on; see meetingConflict. */
const staleVersion = new Error('stale version');

function writeUpdate(
  db: Db,
  id: number,
  input: MeetingInput,
  expectedVersion: number,
  actor: Actor,
): { id: number; version: number } {
  return db.transaction((tx) => {
    const before = meetingSnapshot(tx, id);
    if (!before) throw notFound('The meeting');
    checkReferences(tx, input);
    const row = tx
      .update(meetings)
      .set({
        ...meetingColumns(input),
        updatedAt: Math.floor(Date.now() / 1000),
        updatedBy: actor.userId,
        version: sql`${meetings.version} + 1`,
      })
      .where(
        and(eq(meetings.id, id), eq(meetings.version, expectedVersion), isNull(meetings.deletedAt)),
      )
      .returning({ id: meetings.id, version: meetings.version })
      .get();
    if (!row) throw staleVersion;
    tx.delete(participants).where(eq(participants.meetingId, id)).run();
    tx.delete(meetingTopics).where(eq(meetingTopics.meetingId, id)).run();
    tx.delete(sources).where(eq(sources.meetingId, id)).run();
    tx.delete(followUps).where(eq(followUps.meetingId, id)).run();
    writeChildren(tx, id, input, actor);
    reindexMeeting(tx, id);
    recordAudit(tx, {
      actor,
      action: 'update',
      entityType: 'meeting',
      entityId: id,
      entityVersion: row.version,
      before,
      after: meetingSnapshot(tx, id),
    });
    return row;
  });
}

/** Soft-deletes a meeting: it leaves every list and the search index, and can be restored. */
export async function deleteMeeting(db: Db, id: number, actor: Actor = systemActor): Promise<void> {
  db.transaction((tx) => {
    const now = Math.floor(Date.now() / 1000);
    const row = tx
      .update(meetings)
      .set({
        deletedAt: now,
        updatedAt: now,
        updatedBy: actor.userId,
        version: sql`${meetings.version} + 1`,
      })
      .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)))
      .returning({ id: meetings.id, version: meetings.version })
      .get();
    if (!row) throw notFound('The meeting');
    reindexMeeting(tx, id);
    recordAudit(tx, {
      actor,
      action: 'delete',
      entityType: 'meeting',
      entityId: id,
      entityVersion: row.version,
      before: { deleted: false },
      after: { deleted: true },
    });
  });
}

/** Brings a soft-deleted meeting back. */
export async function restoreMeeting(
  db: Db,
  id: number,
  actor: Actor = systemActor,
): Promise<void> {
  db.transaction((tx) => {
    const row = tx
      .update(meetings)
      .set({
        deletedAt: null,
        updatedAt: Math.floor(Date.now() / 1000),
        updatedBy: actor.userId,
        version: sql`${meetings.version} + 1`,
      })
      .where(and(eq(meetings.id, id), sql`${meetings.deletedAt} is not null`))
      .returning({ id: meetings.id, version: meetings.version })
      .get();
    if (!row) throw notFound('The deleted meeting');
    reindexMeeting(tx, id);
    recordAudit(tx, {
      actor,
      action: 'restore',
      entityType: 'meeting',
      entityId: id,
      entityVersion: row.version,
      before: { deleted: true },
      after: { deleted: false },
    });
  });
}

function meetingColumns(input: MeetingInput) {
  const span = dateSpan(input.datePrecision, input.date, input.endDate);
  return {
    title: input.title,
    startDate: span.startDate,
    endDate: span.endDate,
    datePrecision: input.datePrecision,
    time: input.time,
    venue: input.venue,
    city: input.city,
    countryCode: input.countryCode,
    eventId: input.eventId,
    format: input.format,
    status: input.status,
    summary: input.summary,
    outcomes: input.outcomes,
    classification: input.classification,
  };
}

/** Rejects references to records that do not exist, with the field that holds them. */
function checkReferences(tx: Tx, input: MeetingInput): void {
  const fieldErrors: Record<string, string> = {};
  if (input.countryCode && !isCountryCode(input.countryCode)) {
    fieldErrors.countryCode = 'Choose a country from the list.';
  }
  if (input.eventId !== null) {
    const event = tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, input.eventId), isNull(events.deletedAt)))
      .get();
    if (!event) fieldErrors.eventId = 'This event no longer exists.';
  }
  const officialIds = input.participants.flatMap((p) => (p.officialId ? [p.officialId] : []));
  const orgIds = input.participants.flatMap((p) => (p.organizationId ? [p.organizationId] : []));
  const knownOfficials = new Set(
    officialIds.length
      ? tx
          .select({ id: officials.id })
          .from(officials)
          .where(and(inArray(officials.id, officialIds), isNull(officials.deletedAt)))
          .all()
          .map((r) => r.id)
      : [],
  );
  const knownOrgs = new Set(
    orgIds.length
      ? tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(inArray(organizations.id, orgIds), isNull(organizations.deletedAt)))
          .all()
          .map((r) => r.id)
      : [],
  );
  input.participants.forEach((p, i) => {
    if (p.officialId && !knownOfficials.has(p.officialId)) {
      fieldErrors[`participants.${i}.officialId`] = 'This official no longer exists.';
    }
    if (p.organizationId && !knownOrgs.has(p.organizationId)) {
      fieldErrors[`participants.${i}.organizationId`] = 'This organization no longer exists.';
    }
  });
  if (Object.keys(fieldErrors).length) {
    throw new DomainError('invalid', 'Some fields need attention.', fieldErrors);
  }
}

function writeChildren(tx: Tx, meetingId: number, input: MeetingInput, actor: Actor): void {
  input.participants.forEach((p, i) => {
    tx.insert(participants)
      .values({
        meetingId,
        officialId: p.officialId,
        organizationId: p.organizationId,
        role: p.role,
        title: p.title,
        countryCode: representedCountry(tx, p.officialId, p.organizationId),
        sortOrder: i,
      })
      .run();
  });
  const topicIds = resolveTopics(tx, input.topics, actor);
  for (const topicId of new Set(topicIds)) {
    tx.insert(meetingTopics).values({ meetingId, topicId }).run();
  }
  input.sources.forEach((s, i) => {
    tx.insert(sources)
      .values({ meetingId, ...s, sortOrder: i })
      .run();
  });
  input.followUps.forEach((f, i) => {
    tx.insert(followUps)
      .values({
        meetingId,
        description: f.description,
        owner: f.owner,
        dueDate: f.dueDate,
        status: f.status,
        sortOrder: i,
      })
      .run();
  });
}

/** DESIGN.md: a participant represents its organization's country, else the official's. */
function representedCountry(
  tx: Tx,
  officialId: number | null,
  organizationId: number | null,
): string | null {
  if (organizationId) {
    const org = tx
      .select({ countryCode: organizations.countryCode })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .get();
    if (org?.countryCode) return org.countryCode;
  }
  if (officialId) {
    const official = tx
      .select({ countryCode: officials.countryCode })
      .from(officials)
      .where(eq(officials.id, officialId))
      .get();
    return official?.countryCode ?? null;
  }
  return null;
}
