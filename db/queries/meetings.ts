import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  events,
  followUps,
  meetings,
  meetingTopics,
  officials,
  organizations,
  participants,
  sources,
  topics,
} from '../schema';

export interface MeetingParticipantView {
  id: number;
  officialId: number | null;
  officialName: string | null;
  officialCountryCode: string | null;
  organizationId: number | null;
  organizationName: string | null;
  organizationAcronym: string | null;
  role: (typeof participants.$inferSelect)['role'];
  title: string | null;
  countryCode: string | null;
}

/** One page of meetings, newest first, each with its participants' names for the list. */
export async function listMeetings(
  db: DbOrTx,
  { page = 1, pageSize = 50 }: { page?: number; pageSize?: number } = {},
) {
  const where = isNull(meetings.deletedAt);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(meetings)
    .where(where);
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      datePrecision: meetings.datePrecision,
      venue: meetings.venue,
      city: meetings.city,
      countryCode: meetings.countryCode,
      format: meetings.format,
      status: meetings.status,
    })
    .from(meetings)
    .where(where)
    .orderBy(desc(meetings.startDate), desc(meetings.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const people = await participantsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    meetings: rows.map((r) => ({ ...r, participants: people.get(r.id) ?? [] })),
  };
}

export type MeetingListItem = Awaited<ReturnType<typeof listMeetings>>['meetings'][number];

/** Participants of the given meetings, in their recorded order, keyed by meeting id. */
export async function participantsOf(
  db: DbOrTx,
  meetingIds: number[],
): Promise<Map<number, MeetingParticipantView[]>> {
  const map = new Map<number, MeetingParticipantView[]>();
  if (!meetingIds.length) return map;
  const rows = await db
    .select({
      meetingId: participants.meetingId,
      id: participants.id,
      officialId: participants.officialId,
      officialName: officials.displayName,
      officialCountryCode: officials.countryCode,
      organizationId: participants.organizationId,
      organizationName: organizations.name,
      organizationAcronym: organizations.acronym,
      role: participants.role,
      title: participants.title,
      countryCode: participants.countryCode,
    })
    .from(participants)
    .leftJoin(officials, eq(officials.id, participants.officialId))
    .leftJoin(organizations, eq(organizations.id, participants.organizationId))
    .where(inArray(participants.meetingId, meetingIds))
    .orderBy(asc(participants.meetingId), asc(participants.sortOrder));
  for (const { meetingId, ...p } of rows) {
    const list = map.get(meetingId) ?? [];
    list.push(p);
    map.set(meetingId, list);
  }
  return map;
}

/** Everything recorded about one meeting, or null if it does not exist or was deleted. */
export async function getMeeting(db: DbOrTx, id: number) {
  const [meeting] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)));
  if (!meeting) return null;
  const [event] = meeting.eventId
    ? await db.select().from(events).where(eq(events.id, meeting.eventId))
    : [];
  const people = (await participantsOf(db, [id])).get(id) ?? [];
  const topicRows = await db
    .select({ id: topics.id, name: topics.name, slug: topics.slug })
    .from(meetingTopics)
    .innerJoin(topics, eq(topics.id, meetingTopics.topicId))
    .where(eq(meetingTopics.meetingId, id))
    .orderBy(asc(topics.name));
  const sourceRows = await db
    .select()
    .from(sources)
    .where(eq(sources.meetingId, id))
    .orderBy(asc(sources.sortOrder));
  const followUpRows = await db
    .select()
    .from(followUps)
    .where(eq(followUps.meetingId, id))
    .orderBy(asc(followUps.sortOrder));
  return {
    ...meeting,
    event: event ?? null,
    participants: people,
    topics: topicRows,
    sources: sourceRows,
    followUps: followUpRows,
  };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;
