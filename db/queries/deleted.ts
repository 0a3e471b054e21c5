import { count, desc, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { meetings } from '../schema';
import { type PageRequest, resolvePage } from './paging';
import { userNames } from './users';

/**
 * One page of soft-deleted meetings, most recently deleted first (meetings_deleted_idx), with
 * who deleted each (the latest delete in its audit trail), for /admin/deleted. Admins only: it
 * shows every classification.
 */
export async function listDeletedMeetings(db: DbOrTx, request: PageRequest) {
  const where = isNotNull(meetings.deletedAt);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(meetings)
    .where(where);
  const { offset, ...info } = resolvePage(total, request);
  // Spelled out: drizzle names a single table's columns unqualified, which inside this
  // subquery would mean audit_entries' own id.
  const deletedBy = sql<number | null>`(select a.user_id from audit_entries a
    where a.entity_type = 'meeting' and a.entity_id = "meetings"."id" and a.action = 'delete'
    order by a.at desc, a.id desc limit 1)`;
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      datePrecision: meetings.datePrecision,
      classification: meetings.classification,
      deletedAt: sql<number>`${meetings.deletedAt}`,
      deletedById: deletedBy,
    })
    .from(meetings)
    .where(where)
    .orderBy(desc(meetings.deletedAt), desc(meetings.id))
    .limit(info.pageSize)
    .offset(offset);
  const names = await userNames(
    db,
    rows.flatMap((r) => (r.deletedById === null ? [] : [r.deletedById])),
  );
  return {
    ...info,
    meetings: rows.map((r) => ({
      ...r,
      deletedBy: r.deletedById === null ? null : (names.get(r.deletedById) ?? null),
    })),
  };
}

/** A deleted official, organization, topic or event, for /admin/deleted. */
export interface DeletedRecord {
  kind: 'official' | 'organization' | 'topic' | 'event';
  id: number;
  name: string;
  deletedAt: number;
}

/**
 * The most recently deleted officials, organizations, topics and events (not those merged into
 * another: a merge is undone by hand, not restored), newest first.
 */
export async function listDeletedRecords(db: DbOrTx, limit = 50): Promise<DeletedRecord[]> {
  return db.all<DeletedRecord>(sql`
    select * from (
      select 'official' as kind, id, display_name as name, deleted_at as deletedAt
        from officials where deleted_at is not null and merged_into_id is null
      union all
      select 'organization', id, name, deleted_at
        from organizations where deleted_at is not null and merged_into_id is null
      union all
      select 'topic', id, name, deleted_at
        from topics where deleted_at is not null and merged_into_id is null
      union all
      select 'event', id, name, deleted_at from events where deleted_at is not null
    ) order by deletedAt desc, kind, id limit ${limit}`);
}
