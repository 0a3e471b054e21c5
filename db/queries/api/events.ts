import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import { visibleMeetingAs } from '../visibility';
import type { DbOrTx } from '../../client';
import { events, organizations } from '../../schema';
import { type KeysetOrder, afterCursor, orderTerms, toKeysetPage } from './keyset';

/** The public list's order: most recent first, then the newest record first. */
export const eventOrder: KeysetOrder = {
  columns: [events.startDate, events.id],
  direction: 'desc',
};

/**
 * One keyset page of live events, most recent first, with organizer and number of live
 * meetings, for the public read API.
 */
export async function listEventsPage(
  db: DbOrTx,
  viewer: Viewer,
  { limit, cursor }: { limit: number; cursor?: string | null },
) {
  const rows = await db
    .select({
      id: events.id,
      name: events.name,
      startDate: events.startDate,
      endDate: events.endDate,
      venue: events.venue,
      city: events.city,
      countryCode: events.countryCode,
      organizerId: organizations.id,
      organizerName: organizations.name,
      organizerAcronym: organizations.acronym,
      meetingCount: sql<number>`(select count(*) from meetings m
        where m.event_id = ${events.id} and ${visibleMeetingAs(viewer, 'm')})`,
    })
    .from(events)
    .leftJoin(
      organizations,
      and(eq(organizations.id, events.organizerId), isNull(organizations.deletedAt)),
    )
    .where(and(isNull(events.deletedAt), afterCursor(eventOrder, cursor)))
    .orderBy(...orderTerms(eventOrder))
    .limit(limit + 1);
  const page = toKeysetPage(rows, limit, (r) => [r.startDate, r.id]);
  return { events: page.items, nextCursor: page.nextCursor };
}
