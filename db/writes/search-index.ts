import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/**
 * Fills the full-text index from the current tables for the meetings `where` selects (alias m):
 * title, summary, outcomes, venue and city, participants (names, aliases, titles, organizations)
 * and topic names. Deleted meetings are never indexed.
 */
function indexMeetings(where: SQL): SQL {
  return sql`
    insert into meetings_fts (rowid, title, summary, outcomes, venue, participants, topics)
    select m.id, m.title, coalesce(m.summary, ''), coalesce(m.outcomes, ''),
      trim(coalesce(m.venue, '') || ' ' || coalesce(m.city, '')),
      coalesce((
        select group_concat(trim(
          coalesce(o.display_name, '') || ' '
          || coalesce((select group_concat(value, ' ') from json_each(o.aliases)), '') || ' '
          || coalesce(p.title, '') || ' ' || coalesce(org.name, '') || ' ' || coalesce(org.acronym, '')
        ), ' ; ')
        from participants p
        left join officials o on o.id = p.official_id
        left join organizations org on org.id = p.organization_id
        where p.meeting_id = m.id
      ), ''),
      coalesce((
        select group_concat(t.name, ' ; ')
        from meeting_topics mt join topics t on t.id = mt.topic_id
        where mt.meeting_id = m.id
      ), '')
    from meetings m
    where m.deleted_at is null and ${where}`;
}

/** Rewrites one meeting's row in the full-text index; a deleted meeting leaves the index. */
export function reindexMeeting(tx: DbOrTx, meetingId: number): void {
  tx.run(sql`delete from meetings_fts where rowid = ${meetingId}`);
  tx.run(indexMeetings(sql`m.id = ${meetingId}`));
}

/** Rebuilds the whole index, as after a bulk load. */
export function reindexAllMeetings(tx: DbOrTx): void {
  tx.run(sql`delete from meetings_fts`);
  tx.run(indexMeetings(sql`1 = 1`));
}

/**
 * Rewrites the index rows of every meeting `meetingIds` selects (a `select … ` of meeting ids),
 * in two statements: after a rename or a merge, which can touch thousands of meetings.
 */
export function reindexMeetingsIn(tx: DbOrTx, meetingIds: SQL): void {
  tx.run(sql`delete from meetings_fts where rowid in (${meetingIds})`);
  tx.run(indexMeetings(sql`m.id in (${meetingIds})`));
}
