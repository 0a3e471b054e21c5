import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  followUps,
  meetings,
  meetingTopics,
  officials,
  organizations,
  participants,
  sources,
  topics,
} from '../schema';

/**
 * A meeting as the audit trail compares it: its own fields plus participants, topics, sources
 * and follow-ups written as readable lines, so a diff says "Helga Schmid (Secretary General)
 * added" rather than "row 17 changed". Null when the meeting does not exist or is deleted.
 */
export function meetingSnapshot(tx: DbOrTx, id: number): Record<string, unknown> | null {
  const m = tx.select().from(meetings).where(eq(meetings.id, id)).get();
  if (!m || m.deletedAt !== null) return null;
  const people = tx
    .select({
      name: officials.displayName,
      org: organizations.name,
      role: participants.role,
      title: participants.title,
    })
    .from(participants)
    .leftJoin(officials, eq(officials.id, participants.officialId))
    .leftJoin(organizations, eq(organizations.id, participants.organizationId))
    .where(eq(participants.meetingId, id))
    .orderBy(asc(participants.sortOrder))
    .all()
    .map((p) =>
      [p.name, p.title && `(${p.title})`, p.org && `— ${p.org}`, `[${p.role}]`]
        .filter(Boolean)
        .join(' '),
    );
  const topicNames = tx
    .select({ name: topics.name })
    .from(meetingTopics)
    .innerJoin(topics, eq(topics.id, meetingTopics.topicId))
    .where(eq(meetingTopics.meetingId, id))
    .orderBy(asc(topics.name))
    .all()
    .map((t) => t.name);
  const sourceLines = tx
    .select()
    .from(sources)
    .where(eq(sources.meetingId, id))
    .orderBy(asc(sources.sortOrder))
    .all()
    .map((s) => [s.title, s.url, s.publisher, s.publishedDate].filter(Boolean).join(' · '));
  const followUpLines = tx
    .select()
    .from(followUps)
    .where(eq(followUps.meetingId, id))
    .orderBy(asc(followUps.sortOrder))
    .all()
    .map((f) => [f.description, f.owner, f.dueDate, f.status].filter(Boolean).join(' · '));
  return {
    title: m.title,
    datePrecision: m.datePrecision,
    startDate: m.startDate,
    endDate: m.endDate,
    time: m.time,
    venue: m.venue,
    city: m.city,
    countryCode: m.countryCode,
    eventId: m.eventId,
    format: m.format,
    status: m.status,
    classification: m.classification,
    summary: m.summary,
    outcomes: m.outcomes,
    participants: people,
    topics: topicNames,
    sources: sourceLines,
    followUps: followUpLines,
  };
}
