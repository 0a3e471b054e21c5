import type { Viewer } from '@/lib/domain/viewer';
import { sql } from 'drizzle-orm';
import type { MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { meetings } from '../../schema';
import { tallyMeetings } from '../aggregates';
import { countMeetings, meetingFilterWhere } from '../meeting-search';
import { inList } from '../search/values';
import type { EgoNetwork } from '@/lib/domain/profiles';
export type { EgoLink, EgoNetwork } from '@/lib/domain/profiles';

/**
 * The who-met-whom graph around one official: their `limit` most frequent counterparts within
 * `filters` (e.g. a date range), and how often each two of those counterparts met each other
 * under the same filters, with or without the center. Every count equals countMeetings of its
 * `filters`.
 */
export async function egoNetwork(
  db: DbOrTx,
  viewer: Viewer,
  officialId: number,
  label: string,
  filters: MeetingFilters,
  limit = 12,
): Promise<EgoNetwork> {
  const all = filters.all.filter((k) => k !== 'official');
  const own: MeetingFilters = { ...filters, official: [officialId], all };
  const others: MeetingFilters = { ...filters, official: [], all };
  const counterparts = await tallyMeetings(db, viewer, own, 'official', {
    limit,
    exclude: [officialId],
  });
  const ids = counterparts.map((c) => Number(c.value));
  const rows = ids.length > 1 ? linkRows(db, viewer, ids, others) : [];
  return {
    center: { id: officialId, label, count: await countMeetings(db, viewer, own), filters: own },
    counterparts,
    links: rows.map((r) => ({
      source: r.a,
      target: r.b,
      count: r.n,
      filters: { ...others, official: [r.a, r.b], all: [...all, 'official'] },
    })),
  };
}

/**
 * Pairs among `ids` with the number of live meetings of `filters` both took part in. From the
 * counterparts' own participant rows (participants_official_idx) to the meeting row by key:
 * `meeting_id in (select … from meetings where …)` instead read every live meeting first.
 */
function linkRows(db: DbOrTx, viewer: Viewer, ids: number[], filters: MeetingFilters) {
  const list = inList(ids);
  return db.all<{ a: number; b: number; n: number }>(sql`
    select p1.official_id as a, p2.official_id as b, count(distinct p1.meeting_id) as n
    from participants p1
    cross join participants p2 on p2.meeting_id = p1.meeting_id
    cross join ${meetings} on ${meetings.id} = p1.meeting_id
    where p1.official_id in ${list} and p2.official_id in ${list}
      and p2.official_id > p1.official_id and ${meetingFilterWhere(viewer, filters)}
    group by p1.official_id, p2.official_id
    order by n desc, a, b`);
}
