import { and, count, desc, eq, gt, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditAction } from '@/lib/domain/vocabularies';
import type { DbOrTx } from '../client';
import { auditEntries, users } from '../schema';
import { type PageRequest, resolvePage } from './paging';
import type { HistoryEntry } from '@/lib/domain/audit';
export type { FieldChange, HistoryEntry } from '@/lib/domain/audit';

const columns = {
  id: auditEntries.id,
  at: auditEntries.at,
  action: auditEntries.action,
  entityType: auditEntries.entityType,
  entityId: auditEntries.entityId,
  entityVersion: auditEntries.entityVersion,
  userId: auditEntries.userId,
  userName: users.name,
  diff: auditEntries.diff,
};

type Row = { diff: Record<string, { before: unknown; after: unknown }> | null } & Omit<
  HistoryEntry,
  'changes'
>;

const toEntry = ({ diff, ...row }: Row): HistoryEntry => ({
  ...row,
  changes: Object.entries(diff ?? {}).map(([field, d]) => ({ field, ...d })),
});

/** A record's history, newest first (audit_entries_entity_idx). */
export async function listHistory(
  db: DbOrTx,
  entityType: string,
  entityId: number,
  limit = 100,
): Promise<HistoryEntry[]> {
  const rows = await db
    .select(columns)
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(and(eq(auditEntries.entityType, entityType), eq(auditEntries.entityId, entityId)))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(limit);
  return rows.map(toEntry);
}

/**
 * The changes made to a record after `version` (the one an editor's form was opened at), oldest
 * first: what a conflicting save shows as "what the other person changed".
 */
export async function changesAfterVersion(
  db: DbOrTx,
  entityType: string,
  entityId: number,
  version: number,
): Promise<HistoryEntry[]> {
  const rows = await db
    .select(columns)
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(
      and(
        eq(auditEntries.entityType, entityType),
        eq(auditEntries.entityId, entityId),
        gt(auditEntries.entityVersion, version),
      ),
    )
    .orderBy(auditEntries.at, auditEntries.id);
  return rows.map(toEntry);
}

/** The filters of /admin/audit; every one optional. */
export interface AuditFilters {
  userId?: number;
  entityType?: string;
  action?: AuditAction;
  /** ISO days, inclusive, in UTC. */
  from?: string;
  to?: string;
}

const dayStart = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000);

function auditWhere(f: AuditFilters): SQL | undefined {
  return and(
    f.userId !== undefined ? eq(auditEntries.userId, f.userId) : undefined,
    f.entityType ? eq(auditEntries.entityType, f.entityType) : undefined,
    f.action ? eq(auditEntries.action, f.action) : undefined,
    f.from ? gte(auditEntries.at, dayStart(f.from)) : undefined,
    f.to ? lt(auditEntries.at, dayStart(f.to) + 86_400) : undefined,
  );
}

/**
 * One page of the audit trail, newest first, with the total. Each filter has an index that
 * leads with it (user, entity, action, at).
 */
export async function searchAudit(db: DbOrTx, filters: AuditFilters, request: PageRequest) {
  const where = auditWhere(filters);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(auditEntries)
    .where(where);
  const { offset, ...info } = resolvePage(total, request);
  const rows = await db
    .select(columns)
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(where)
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(info.pageSize)
    .offset(offset);
  return { ...info, entries: rows.map(toEntry) };
}

/** The kinds of records the trail holds, for the entity filter. */
export async function auditEntityTypes(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ t: auditEntries.entityType })
    .from(auditEntries)
    .orderBy(auditEntries.entityType);
  return rows.map((r) => r.t);
}
