import type { Viewer } from '@/lib/domain/viewer';
import { visibleMeetingAs } from '../visibility';
import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../../client';
import { type Meeting, meetings, officials } from '../../schema';
import { positionsOn } from '../officials';
import { type PageRequest, resolvePage } from '../paging';
import { subtreeOf } from '../../sql/tree';
import { containsWord } from '../sql';

/** What the officials list can be narrowed to (lib/validation/profile-lists.ts). */
export interface OfficialListFilters {
  /** Words that must all appear in the name or an alias (case and accents ignored). */
  q?: string;
  /** The state the official serves. */
  country?: string;
  /** Held a position, past or present, at this organization or one under it. */
  organization?: number;
}

function officialListWhere({ q, country, organization }: OfficialListFilters) {
  const words = foldText(q ?? '')
    .split(' ')
    .filter(Boolean);
  return and(
    isNull(officials.deletedAt),
    ...words.map((w) => containsWord(officials.searchKey, w)),
    country ? eq(officials.countryCode, country) : undefined,
    organization
      ? sql`${officials.id} in (select official_id from positions
          where deleted_at is null
            and organization_id in (${subtreeOf('organizations', [organization])}))`
      : undefined,
  );
}

/**
 * One page of live officials by sort name, narrowed by `filters`, each with the position current
 * on `today`, the number of live meetings they took part in (= countMeetings of
 * `{ official: [id] }`) and their latest one.
 */
export async function listOfficials(
  db: DbOrTx,
  viewer: Viewer,
  today: string,
  request: PageRequest,
  filters: OfficialListFilters = {},
) {
  const where = officialListWhere(filters);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(officials)
    .where(where);
  const { offset, ...info } = resolvePage(total, request);
  const rows = await db
    .select({
      id: officials.id,
      displayName: officials.displayName,
      aliases: officials.aliases,
      countryCode: officials.countryCode,
    })
    .from(officials)
    .where(where)
    .orderBy(asc(officials.sortName), asc(officials.id))
    .limit(info.pageSize)
    .offset(offset);
  const ids = rows.map((r) => r.id);
  const current = await positionsOn(db, ids, today);
  const activity = await meetingActivityOf(db, viewer, ids);
  return {
    ...info,
    officials: rows.map((r) => ({
      ...r,
      position: current.get(r.id) ?? null,
      meetingCount: activity.get(r.id)?.meetingCount ?? 0,
      latestMeeting: activity.get(r.id)?.latestMeeting ?? null,
    })),
  };
}

/** The countries live officials serve (ISO codes), for the list's country choice. */
export async function listOfficialCountryCodes(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: officials.countryCode })
    .from(officials)
    .where(and(isNull(officials.deletedAt), isNotNull(officials.countryCode)));
  return rows.flatMap((r) => (r.code ? [r.code] : []));
}

export type OfficialListItem = Awaited<ReturnType<typeof listOfficials>>['officials'][number];

/** For each official: how many live meetings they attended, and the newest of them. */
async function meetingActivityOf(db: DbOrTx, viewer: Viewer, officialIds: number[]) {
  const map = new Map<
    number,
    {
      meetingCount: number;
      latestMeeting: {
        id: number;
        startDate: string;
        endDate: string;
        datePrecision: Meeting['datePrecision'];
      } | null;
    }
  >();
  if (!officialIds.length) return map;
  // Per official, probes of participants_official_idx: never a pass over every meeting.
  const counts = await db
    .select({
      officialId: officials.id,
      meetingCount: sql<number>`(
        select count(*) from participants p join meetings m on m.id = p.meeting_id
        where p.official_id = officials.id and ${visibleMeetingAs(viewer, 'm')})`,
      latestId: sql<number | null>`(
        select m.id from participants p join meetings m on m.id = p.meeting_id
        where p.official_id = officials.id and ${visibleMeetingAs(viewer, 'm')}
        order by m.start_date desc, m.id desc limit 1)`,
    })
    .from(officials)
    .where(inArray(officials.id, officialIds));
  const latestIds = counts.flatMap((c) => (c.latestId === null ? [] : [c.latestId]));
  const latest = latestIds.length
    ? await db
        .select({
          id: meetings.id,
          startDate: meetings.startDate,
          endDate: meetings.endDate,
          datePrecision: meetings.datePrecision,
        })
        .from(meetings)
        .where(inArray(meetings.id, latestIds))
    : [];
  const byId = new Map(latest.map((m) => [m.id, m]));
  for (const c of counts) {
    map.set(c.officialId, {
      meetingCount: c.meetingCount,
      latestMeeting: (c.latestId !== null && byId.get(c.latestId)) || null,
    });
  }
  return map;
}
