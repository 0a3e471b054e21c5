import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import { visibleMeetingAs } from './visibility';
import type { DbOrTx } from '../client';
import { events, organizations } from '../schema';
import { type PageRequest, resolvePage } from './paging';

/** Every event, most recent first, for the meeting form's Event list. */
export async function listEventOptions(db: DbOrTx) {
  return db
    .select({
      id: events.id,
      name: events.name,
      startDate: events.startDate,
      endDate: events.endDate,
      city: events.city,
      countryCode: events.countryCode,
    })
    .from(events)
    .where(isNull(events.deletedAt))
    .orderBy(desc(events.startDate), asc(events.name));
}

/** One page of live events, most recent first, with organizer and number of live meetings. */
export async function listEvents(db: DbOrTx, viewer: Viewer, request: PageRequest) {
  const where = isNull(events.deletedAt);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(events).where(where);
  const { offset, ...info } = resolvePage(total, request);
  const rows = await db
    .select({
      id: events.id,
      name: events.name,
      startDate: events.startDate,
      endDate: events.endDate,
      city: events.city,
      countryCode: events.countryCode,
      organizerId: organizations.id,
      organizerName: organizations.name,
      organizerAcronym: organizations.acronym,
      meetingCount: sql<number>`(select count(*) from meetings m
        where m.event_id = events.id and ${visibleMeetingAs(viewer, 'm')})`,
    })
    .from(events)
    .leftJoin(
      organizations,
      and(eq(organizations.id, events.organizerId), isNull(organizations.deletedAt)),
    )
    .where(where)
    .orderBy(desc(events.startDate), asc(events.name), asc(events.id))
    .limit(info.pageSize)
    .offset(offset);
  return { ...info, events: rows };
}

/** A live event with its organizer, or null. */
export async function getEvent(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      event: events,
      organizerId: organizations.id,
      organizerName: organizations.name,
      organizerAcronym: organizations.acronym,
    })
    .from(events)
    .leftJoin(
      organizations,
      and(eq(organizations.id, events.organizerId), isNull(organizations.deletedAt)),
    )
    .where(and(eq(events.id, id), isNull(events.deletedAt)));
  if (!row) return null;
  return {
    ...row.event,
    organizer: row.organizerId
      ? { id: row.organizerId, name: row.organizerName ?? '', acronym: row.organizerAcronym }
      : null,
  };
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
