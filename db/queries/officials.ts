import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '@/lib/auth/roles';
import { visibleMeetingAs } from './visibility';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../client';
import { type Meeting, meetings, officials, organizations, positions } from '../schema';
import { type PageRequest, resolvePage } from './paging';
import { containsWord } from './sql';

export interface OfficialSuggestion {
  id: number;
  displayName: string;
  aliases: string[];
  countryCode: string | null;
  /** The position held on the date asked about (or the latest one), for the title prefill. */
  title: string | null;
  organizationId: number | null;
  organizationName: string | null;
  organizationAcronym: string | null;
  organizationCountryCode: string | null;
}

/**
 * Officials whose name or an alias contains every word of `query` (case and accents ignored),
 * each with the position current on `onDate`, so namesakes can be told apart.
 */
export async function searchOfficials(
  db: DbOrTx,
  query: string,
  { onDate, limit = 10 }: { onDate?: string | null; limit?: number } = {},
): Promise<OfficialSuggestion[]> {
  const words = foldText(query).split(' ').filter(Boolean);
  const rows = await db
    .select({
      id: officials.id,
      displayName: officials.displayName,
      aliases: officials.aliases,
      countryCode: officials.countryCode,
    })
    .from(officials)
    .where(
      and(isNull(officials.deletedAt), ...words.map((w) => containsWord(officials.searchKey, w))),
    )
    .orderBy(asc(officials.sortName))
    .limit(limit);
  const current = await positionsOn(
    db,
    rows.map((r) => r.id),
    onDate ?? null,
  );
  return rows.map((r) => {
    const p = current.get(r.id);
    return {
      ...r,
      title: p?.title || null,
      organizationId: p?.organizationId ?? null,
      organizationName: p?.organizationName ?? null,
      organizationAcronym: p?.organizationAcronym ?? null,
      organizationCountryCode: p?.organizationCountryCode ?? null,
    };
  });
}

/**
 * For each official, the position current on `onDate` (started on or before it, not ended
 * before it); without a date, or when none was current, the most recently started one.
 */
export async function positionsOn(db: DbOrTx, officialIds: number[], onDate: string | null) {
  const map = new Map<
    number,
    {
      title: string;
      organizationId: number | null;
      organizationName: string | null;
      organizationAcronym: string | null;
      organizationCountryCode: string | null;
    }
  >();
  if (!officialIds.length) return map;
  const rows = await db
    .select({
      officialId: positions.officialId,
      title: positions.title,
      startDate: positions.startDate,
      endDate: positions.endDate,
      organizationId: positions.organizationId,
      organizationName: organizations.name,
      organizationAcronym: organizations.acronym,
      organizationCountryCode: organizations.countryCode,
    })
    .from(positions)
    .leftJoin(organizations, eq(organizations.id, positions.organizationId))
    .where(and(inArray(positions.officialId, officialIds), isNull(positions.deletedAt)))
    .orderBy(sql`coalesce(${positions.startDate}, '0000') desc`, sql`${positions.id} desc`);
  const isCurrent = (r: (typeof rows)[number]) =>
    onDate !== null &&
    (r.startDate === null || r.startDate <= onDate) &&
    (r.endDate === null || r.endDate >= onDate);
  for (const id of officialIds) {
    const held = rows.filter((r) => r.officialId === id);
    const chosen = held.find(isCurrent) ?? held[0];
    if (chosen) map.set(id, chosen);
  }
  return map;
}

/**
 * One page of live officials by sort name, each with the position current on `today`, the
 * number of live meetings they took part in and their latest one.
 */
export async function listOfficials(
  db: DbOrTx,
  viewer: Viewer,
  today: string,
  request: PageRequest,
) {
  const where = isNull(officials.deletedAt);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(officials)
    .where(where);
  const { offset, ...info } = resolvePage(total, request);
  const rows = await db
    .select({
      id: officials.id,
      displayName: officials.displayName,
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

export type OfficialListItem = Awaited<ReturnType<typeof listOfficials>>['officials'][number];

/** For each official: how many meetings the viewer sees they attended, and the newest of them. */
async function meetingActivityOf(db: DbOrTx, viewer: Viewer, officialIds: number[]) {
  const visible = visibleMeetingAs(viewer, 'm');
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
        where p.official_id = officials.id and ${visible})`,
      latestId: sql<number | null>`(
        select m.id from participants p join meetings m on m.id = p.meeting_id
        where p.official_id = officials.id and ${visible}
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

/** A live official with every position they held (newest first), or null. */
export async function getOfficial(db: DbOrTx, id: number) {
  const [official] = await db
    .select()
    .from(officials)
    .where(and(eq(officials.id, id), isNull(officials.deletedAt)));
  if (!official) return null;
  const held = await db
    .select({
      id: positions.id,
      title: positions.title,
      startDate: positions.startDate,
      endDate: positions.endDate,
      organizationId: positions.organizationId,
      organizationName: organizations.name,
      organizationAcronym: organizations.acronym,
    })
    .from(positions)
    .leftJoin(organizations, eq(organizations.id, positions.organizationId))
    .where(and(eq(positions.officialId, id), isNull(positions.deletedAt)))
    .orderBy(sql`coalesce(${positions.startDate}, '0000') desc`, desc(positions.id));
  return { ...official, positions: held };
}

export type OfficialDetail = NonNullable<Awaited<ReturnType<typeof getOfficial>>>;
