import { inArray } from 'drizzle-orm';
import { countryName } from '@/lib/countries';
import type { TimelineEvent, TimelineMeeting, TimelinePerson } from '@/lib/timeline/types';
import type { DbOrTx } from '../client';
import { events, meetings } from '../schema';
import { type MeetingParticipantView, participantsOf } from './meetings';

/** Participants a meeting's card names before "and N more". */
const PEOPLE_SHOWN = 4;

/** A participant as the card names them (as the meetings list does). */
function personOf(p: MeetingParticipantView): TimelinePerson {
  const name = p.officialName ?? p.organizationName ?? 'Unnamed participant';
  const affiliation = p.officialName
    ? p.organizationAcronym || countryName(p.countryCode) || p.organizationName
    : null;
  return { name, affiliation: affiliation || null };
}

/**
 * The meetings the timeline draws one by one, with the lanes each is drawn in (`laneOf`, by
 * meeting id) and the first participants its card names, in date order.
 */
export async function timelineMeetings(
  db: DbOrTx,
  laneOf: Map<number, string[]>,
): Promise<TimelineMeeting[]> {
  const ids = [...laneOf.keys()];
  if (!ids.length) return [];
  const rows = await db
    .select({
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
      eventId: meetings.eventId,
    })
    .from(meetings)
    .where(inArray(meetings.id, ids))
    .orderBy(meetings.startDate, meetings.id);
  const people = await participantsOf(db, ids);
  return rows.map((m) => {
    const all = people.get(m.id) ?? [];
    return {
      ...m,
      lanes: laneOf.get(m.id) ?? [],
      people: all.slice(0, PEOPLE_SHOWN).map(personOf),
      peopleCount: all.length,
    };
  });
}

/** The events of these meetings, whose bands the timeline draws around them. */
export async function timelineEvents(
  db: DbOrTx,
  items: TimelineMeeting[],
): Promise<TimelineEvent[]> {
  const ids = [...new Set(items.flatMap((m) => (m.eventId ? [m.eventId] : [])))];
  if (!ids.length) return [];
  return db
    .select({
      id: events.id,
      name: events.name,
      startDate: events.startDate,
      endDate: events.endDate,
    })
    .from(events)
    .where(inArray(events.id, ids));
}
