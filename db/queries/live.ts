import { sql } from 'drizzle-orm';
import { meetings } from '../schema';

/**
 * `meetings.deleted_at is null`, with a unary `+` so that SQLite does not pick
 * meetings_deleted_idx for it: nearly every meeting is live, so that index selects almost
 * everything and then forces a sort of all of them, where the (start_date, id) index or the
 * filter's own index reads just one page in order.
 */
export const liveMeeting = sql`+${meetings.deletedAt} is null`;
