import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { meetings } from '../schema';
import type { Viewer } from '@/lib/auth/roles';
import { visibleMeeting } from './visibility';
import { pageOfMeetings, withParticipants } from './meetings';
import type { PageRequest } from './paging';
import { organizationSubtree, topicSubtree } from './trees';

/** Meetings an official took part in, newest first. */
export async function listMeetingsOfOfficial(
  db: DbOrTx,
  viewer: Viewer,
  officialId: number,
  page: PageRequest,
) {
  return pageOfMeetings(
    db,
    viewer,
    sql`${meetings.id} in (select meeting_id from participants where official_id = ${officialId})`,
    page,
  );
}

/**
 * Meetings in which the organization or any organization under it took part (DESIGN.md:
 * filter *organization O*), newest first.
 */
export async function listMeetingsOfOrganization(
  db: DbOrTx,
  viewer: Viewer,
  organizationId: number,
  page: PageRequest,
) {
  return pageOfMeetings(
    db,
    viewer,
    sql`${meetings.id} in (select meeting_id from participants
      where organization_id in (${organizationSubtree(organizationId)}))`,
    page,
  );
}

/** Meetings in which some participant represented the country, newest first. */
export async function listMeetingsRepresenting(
  db: DbOrTx,
  viewer: Viewer,
  countryCode: string,
  page: PageRequest,
) {
  return pageOfMeetings(
    db,
    viewer,
    sql`${meetings.id} in (select meeting_id from participants where country_code = ${countryCode})`,
    page,
  );
}

/** Meetings held in the country (the venue's country), newest first. */
export async function listMeetingsHeldIn(
  db: DbOrTx,
  viewer: Viewer,
  countryCode: string,
  page: PageRequest,
) {
  return pageOfMeetings(db, viewer, eq(meetings.countryCode, countryCode), page);
}

/** Meetings on the topic or any topic under it, newest first. */
export async function listMeetingsOfTopic(
  db: DbOrTx,
  viewer: Viewer,
  topicId: number,
  page: PageRequest,
) {
  return pageOfMeetings(
    db,
    viewer,
    sql`${meetings.id} in (select meeting_id from meeting_topics
      where topic_id in (${topicSubtree(topicId)}))`,
    page,
  );
}

/** Meetings on the sidelines of an event, newest first. */
export async function listMeetingsOfEvent(
  db: DbOrTx,
  viewer: Viewer,
  eventId: number,
  page: PageRequest,
) {
  return pageOfMeetings(db, viewer, eq(meetings.eventId, eventId), page);
}

/**
 * The live meetings starting in [from, to) (ISO days), newest first, with participants: one
 * window of the timeline.
 */
export async function listMeetingsStartingBetween(
  db: DbOrTx,
  viewer: Viewer,
  from: string,
  to: string,
) {
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      datePrecision: meetings.datePrecision,
      format: meetings.format,
      status: meetings.status,
    })
    .from(meetings)
    .where(and(visibleMeeting(viewer), gte(meetings.startDate, from), lt(meetings.startDate, to)))
    .orderBy(desc(meetings.startDate), desc(meetings.id));
  return withParticipants(db, rows);
}

/** The start date of the newest live meeting starting before `before` (ISO day), or null. */
export async function latestMeetingStartBefore(
  db: DbOrTx,
  viewer: Viewer,
  before: string | null,
): Promise<string | null> {
  const [row] = await db
    .select({ startDate: meetings.startDate })
    .from(meetings)
    .where(and(visibleMeeting(viewer), before ? lt(meetings.startDate, before) : undefined))
    .orderBy(desc(meetings.startDate))
    .limit(1);
  return row?.startDate ?? null;
}

/** The start date of the oldest live meeting starting on or after `from` (ISO day), or null. */
export async function earliestMeetingStartFrom(
  db: DbOrTx,
  viewer: Viewer,
  from: string,
): Promise<string | null> {
  const [row] = await db
    .select({ startDate: meetings.startDate })
    .from(meetings)
    .where(and(visibleMeeting(viewer), gte(meetings.startDate, from)))
    .orderBy(asc(meetings.startDate))
    .limit(1);
  return row?.startDate ?? null;
}
