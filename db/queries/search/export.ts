import type Database from 'better-sqlite3';
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Viewer } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
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
} from '../../schema';
import { groupByMeeting, participantColumns } from '../meetings';
import { render } from './cache';
import { pageQuery, searchPlan } from './list';
import { liveCount } from './planner';
import type { ExportMeeting } from './types';

/**
 * The whole filtered set in exactly searchMeetings' order, in batches of full records, for the
 * exports. Date orders walk the (start_date, id) keyset, so a 1M-meeting export reads each row
 * once and holds one batch at a time. Relevance first collects the matching ids in rank order
 * (one number per meeting), since bm25 ranks cannot be resumed from a key. Only meetings the
 * viewer may see.
 */
export async function* iterateMeetingsForExport(
  db: DbOrTx,
  viewer: Viewer,
  filters: MeetingFilters,
  batchSize = 500,
): AsyncGenerator<ExportMeeting[], void, undefined> {
  const size = Math.max(1, Math.floor(batchSize));
  const plan = searchPlan(db, viewer, filters);
  const total = liveCount(db, plan.set);
  if (!total) return;
  if (plan.sort === 'relevance') {
    const ids = rankedIds(db, pageQuery(db, plan, { limit: -1, total, idsOnly: true }));
    for (let i = 0; i < ids.length; i += size) {
      const batch = fullMeetings(db, [...ids.subarray(i, i + size)]);
      if (batch.length) yield batch;
    }
    return;
  }
  let after: { date: string; id: number } | undefined;
  for (;;) {
    const rows = db.all<{ id: number; startDate: string }>(
      pageQuery(db, plan, { limit: size, after, total }),
    );
    const last = rows[rows.length - 1];
    if (!last) return;
    const batch = fullMeetings(
      db,
      rows.map((r) => r.id),
    );
    if (batch.length) yield batch;
    if (rows.length < size) return;
    after = { date: last.startDate, id: last.id };
  }
}

/** The ids of a relevance-ordered query, 4 bytes each, streamed when the client allows it. */
function rankedIds(db: DbOrTx, query: SQL): Int32Array {
  const client = (db as { $client?: Database.Database }).$client;
  if (!client) return Int32Array.from(db.values<[number]>(query).map((r) => r[0]));
  const { sql, params } = render(query);
  let ids = new Int32Array(1024);
  let n = 0;
  for (const id of client
    .prepare(sql)
    .pluck()
    .iterate(...params) as Iterable<number>) {
    if (n === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[n++] = id;
  }
  return ids.subarray(0, n);
}

/** Full records of these meetings, in the order of `ids`; deleted ones are skipped. */
function fullMeetings(db: DbOrTx, ids: number[]): ExportMeeting[] {
  if (!ids.length) return [];
  const rows = db
    .select({ meeting: meetings, eventName: events.name })
    .from(meetings)
    .leftJoin(events, eq(events.id, meetings.eventId))
    .where(inArray(meetings.id, ids))
    .all();
  const people = groupByMeeting(
    db
      .select({ meetingId: participants.meetingId, ...participantColumns })
      .from(participants)
      .leftJoin(officials, eq(officials.id, participants.officialId))
      .leftJoin(organizations, eq(organizations.id, participants.organizationId))
      .where(inArray(participants.meetingId, ids))
      .orderBy(asc(participants.meetingId), asc(participants.sortOrder))
      .all(),
  );
  const topicRows = groupByMeeting(
    db
      .select({ meetingId: meetingTopics.meetingId, id: topics.id, name: topics.name })
      .from(meetingTopics)
      .innerJoin(topics, eq(topics.id, meetingTopics.topicId))
      .where(inArray(meetingTopics.meetingId, ids))
      .orderBy(asc(meetingTopics.meetingId), asc(topics.name))
      .all(),
  );
  const sourceRows = groupByMeeting(
    db
      .select({
        meetingId: sources.meetingId,
        url: sources.url,
        title: sources.title,
        publisher: sources.publisher,
        publishedDate: sources.publishedDate,
      })
      .from(sources)
      .where(inArray(sources.meetingId, ids))
      .orderBy(asc(sources.meetingId), asc(sources.sortOrder))
      .all(),
  );
  const followUpRows = groupByMeeting(
    db
      .select({
        meetingId: followUps.meetingId,
        description: followUps.description,
        owner: followUps.owner,
        dueDate: followUps.dueDate,
        status: followUps.status,
      })
      .from(followUps)
      .where(inArray(followUps.meetingId, ids))
      .orderBy(asc(followUps.meetingId), asc(followUps.sortOrder))
      .all(),
  );
  const byId = new Map(rows.map((r) => [r.meeting.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row || row.meeting.deletedAt !== null) return [];
    return [
      {
        ...row.meeting,
        eventName: row.eventName,
        participants: people.get(id) ?? [],
        topics: topicRows.get(id) ?? [],
        sources: sourceRows.get(id) ?? [],
        followUps: followUpRows.get(id) ?? [],
      },
    ];
  });
}
