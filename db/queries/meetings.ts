import { and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
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
import type { Viewer } from '@/lib/domain/viewer';
import { classificationScope, visibleMeeting } from './visibility';
import { type PageRequest, resolvePage } from './paging';
import type { MeetingParticipantView } from '@/lib/domain/meetings';
export type { MeetingParticipantView, MeetingListItem } from '@/lib/domain/meetings';

/** One page of the meetings the viewer sees, newest first, with participants' names. */
export async function listMeetings(
  db: DbOrTx,
  viewer: Viewer,
  { page = 1, pageSize = 50 }: { page?: number; pageSize?: number } = {},
) {
  return pageOfMeetings(db, viewer, undefined, { page, pageSize });
}

/** The columns every meeting list shows. */
const meetingListColumns = {
  id: meetings.id,
  title: meetings.title,
  startDate: meetings.startDate,
  endDate: meetings.endDate,
  datePrecision: meetings.datePrecision,
  time: meetings.time,
  venue: meetings.venue,
  city: meetings.city,
  countryCode: meetings.countryCode,
  format: meetings.format,
  status: meetings.status,
};

/**
 * One page of the live meetings matching `where` (all of them when undefined) that the viewer
 * may see, newest first, with their participants. The page is clamped to the pages that exist.
 */
export async function pageOfMeetings(
  db: DbOrTx,
  viewer: Viewer,
  where: SQL | undefined,
  request: PageRequest,
) {
  const filter = and(visibleMeeting(viewer), where);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(meetings)
    .where(filter);
  const { offset, ...info } = resolvePage(total, request);
  const rows = await db
    .select(meetingListColumns)
    .from(meetings)
    .where(filter)
    .orderBy(desc(meetings.startDate), desc(meetings.id))
    .limit(info.pageSize)
    .offset(offset);
  return { ...info, meetings: await withParticipants(db, rows) };
}

/** Adds each meeting's participants, in their recorded order. */
export async function withParticipants<T extends { id: number }>(db: DbOrTx, rows: T[]) {
  const people = await participantsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, participants: people.get(r.id) ?? [] }));
}

export type MeetingPage = Awaited<ReturnType<typeof pageOfMeetings>>;

/** Participants of the given meetings, in their recorded order, keyed by meeting id. */
export async function participantsOf(
  db: DbOrTx,
  meetingIds: number[],
): Promise<Map<number, MeetingParticipantView[]>> {
  if (!meetingIds.length) return new Map();
  const rows = await db
    .select({
      meetingId: participants.meetingId,
      id: participants.id,
      officialCountryCode: officials.countryCode,
      ...participantColumns,
    })
    .from(participants)
    .leftJoin(officials, eq(officials.id, participants.officialId))
    .leftJoin(organizations, eq(organizations.id, participants.organizationId))
    .where(inArray(participants.meetingId, meetingIds))
    .orderBy(asc(participants.meetingId), asc(participants.sortOrder));
  return groupByMeeting(rows);
}

/**
 * What every view of a meeting shows of a participant (select from participants left-joined to
 * officials and organizations): the list, the meeting page and the exports.
 */
export const participantColumns = {
  officialId: participants.officialId,
  officialName: officials.displayName,
  organizationId: participants.organizationId,
  organizationName: organizations.name,
  organizationAcronym: organizations.acronym,
  role: participants.role,
  title: participants.title,
  countryCode: participants.countryCode,
};

/** Rows keyed by their meeting, without the key, in their order. */
export function groupByMeeting<T extends { meetingId: number }>(
  rows: T[],
): Map<number, Omit<T, 'meetingId'>[]> {
  const map = new Map<number, Omit<T, 'meetingId'>[]>();
  for (const { meetingId, ...rest } of rows) {
    const list = map.get(meetingId) ?? [];
    list.push(rest);
    map.set(meetingId, list);
  }
  return map;
}

/**
 * Everything recorded about one meeting, or null if it does not exist, was deleted, or is one
 * the viewer may not see (a restricted meeting is not found for a viewer, never "forbidden":
 * that would confirm it exists).
 */
export async function getMeeting(db: DbOrTx, viewer: Viewer, id: number) {
  const [meeting] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.id, id),
        isNull(meetings.deletedAt),
        classificationScope(viewer) ?? undefined,
      ),
    );
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
