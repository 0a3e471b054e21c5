import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/** The columns of meetings_search_text. */
const COLUMNS = sql.raw('title, summary, outcomes, venue, participants, topics, scope');

/**
 * Filler words in every row's `scope` (never searched): with no row sizes, bm25 takes every
 * row's length as -1 token per column, and unless the average row has more than 3 tokens per
 * column (15 here) it ranks in reverse; 16 fillers keep it right even for a handful of short
 * meetings (a new database), for ~20 bytes a row.
 */
const FILLER = Array.from({ length: 16 }, () => 'filler').join(' ');

/**
 * The search index's columns and the values each takes from a meetings_search_text row: each
 * text column with the full folds of its words that the tokenizer folds differently
 * (search_folds, db/client.ts: "Yıldırım" → "yildirim"), so that they are found spelled either
 * way with their column's weight; `scope` with the fillers. The same text on insert and on
 * 'delete', which must replay it exactly.
 */
export const FTS_COLUMNS = 'title, body, participants, topics, scope';
export const FTS_VALUES = `concat_ws(' ', title, search_folds(title)),
  concat_ws(' ', summary, outcomes, venue, search_folds(concat_ws(' ', summary, outcomes, venue))),
  concat_ws(' ', participants, search_folds(participants)),
  concat_ws(' ', topics, search_folds(topics)), concat_ws(' ', scope, '${FILLER}')`;

/**
 * Writes the search text of the meetings `where` selects (alias m): title, summary, outcomes,
 * venue and city, participants (names, aliases, titles, organizations), topic names, and
 * `scope` 'restricted' for a restricted meeting (fts.ts visibleText). Deleted meetings are
 * never indexed.
 */
function writeSearchText(where: SQL): SQL {
  return sql`
    insert into meetings_search_text (id, ${COLUMNS})
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
      ), ''),
      case m.classification when 'restricted' then 'restricted' else '' end
    from meetings m
    where m.deleted_at is null and ${where}`;
}

/** Indexes the search text of the meetings `ids` selects (a `select …` of meeting ids). */
function indexTexts(tx: DbOrTx, ids: SQL): void {
  tx.run(sql`insert into meetings_fts (rowid, ${sql.raw(FTS_COLUMNS)})
    select id, ${sql.raw(FTS_VALUES)} from meetings_search_text where id in (${ids})`);
}

/**
 * Takes the meetings `ids` selects out of the index: the contentless index forgets a row only
 * when told exactly the values it indexed, which meetings_search_text keeps; then their text.
 */
function unindex(tx: DbOrTx, ids: SQL): void {
  tx.run(sql`insert into meetings_fts (meetings_fts, rowid, ${sql.raw(FTS_COLUMNS)})
    select 'delete', id, ${sql.raw(FTS_VALUES)} from meetings_search_text where id in (${ids})`);
  tx.run(sql`delete from meetings_search_text where id in (${ids})`);
}

/** Rewrites one meeting's row in the full-text index; a deleted meeting leaves the index. */
export function reindexMeeting(tx: DbOrTx, meetingId: number): void {
  reindexMeetingsIn(tx, sql`select ${meetingId}`);
}

/** Rebuilds the whole index, as after a bulk load. */
export function reindexAllMeetings(tx: DbOrTx): void {
  tx.run(sql`insert into meetings_fts (meetings_fts) values ('delete-all')`);
  tx.run(sql`delete from meetings_search_text`);
  tx.run(writeSearchText(sql`1 = 1`));
  tx.run(sql`insert into meetings_fts (rowid, ${sql.raw(FTS_COLUMNS)})
    select id, ${sql.raw(FTS_VALUES)} from meetings_search_text`);
}

/**
 * Rewrites the index rows of every meeting `meetingIds` selects (a `select … ` of meeting ids):
 * after a rename or a merge, which can touch thousands of meetings, in four statements.
 */
export function reindexMeetingsIn(tx: DbOrTx, meetingIds: SQL): void {
  unindex(tx, meetingIds);
  tx.run(writeSearchText(sql`m.id in (${meetingIds})`));
  indexTexts(tx, meetingIds);
}
