import { asc, desc, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { events } from '../schema';

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
