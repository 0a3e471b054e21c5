import { eq, sql } from 'drizzle-orm';
import { searchKey } from '@/lib/text';
import type { MergeInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../../client';
import { events, organizations, participants, positions } from '../../schema';
import { type Actor, recordAudit, systemActor } from '../audit';
import { unixNow } from '../lifecycle';
import { organizationSnapshot, reindexMeetingsOfOrganization } from '../organizations';
import { dropDuplicatePositions } from '../positions';
import {
  adoptChildren,
  checkPair,
  foldParticipantRows,
  keptParent,
  meetingIds,
  mergedNames,
  retire,
  touchMeetings,
} from './shared';

/** What points at an organization, counted for the audit trail of a merge. */
function links(tx: DbOrTx, id: number) {
  const n = (query: ReturnType<typeof sql>) => tx.get<{ n: number }>(query)?.n ?? 0;
  return {
    participations: n(sql`select count(*) as n from participants where organization_id = ${id}`),
    positions: n(sql`select count(*) as n from positions where organization_id = ${id}
      and deleted_at is null`),
    children: n(sql`select count(*) as n from organizations where parent_id = ${id}
      and deleted_at is null`),
    organizedEvents: n(sql`select count(*) as n from events where organizer_id = ${id}`),
  };
}

/** Moves participations, positions and organized events from one organization to another. */
function moveLinks(tx: DbOrTx, keepId: number, dropId: number, actor: Actor): void {
  // An organization at the table on its own, twice in one meeting once merged: fold the rows.
  foldParticipantRows(
    tx,
    tx.all<{ keepRow: number; dropRow: number }>(sql`
      select k.id as keepRow, d.id as dropRow
      from participants k join participants d on d.meeting_id = k.meeting_id
      where k.organization_id = ${keepId} and k.official_id is null
        and d.organization_id = ${dropId} and d.official_id is null`),
  );
  tx.update(participants)
    .set({ organizationId: keepId })
    .where(eq(participants.organizationId, dropId))
    .run();
  const now = unixNow();
  const moved = tx
    .update(positions)
    .set({ organizationId: keepId, updatedAt: now, updatedBy: actor.userId })
    .where(eq(positions.organizationId, dropId))
    .returning({ officialId: positions.officialId })
    .all();
  dropDuplicatePositions(tx, [...new Set(moved.map((p) => p.officialId))], actor);
  tx.update(events)
    .set({
      organizerId: keepId,
      updatedAt: now,
      updatedBy: actor.userId,
      version: sql`${events.version} + 1`,
    })
    .where(eq(events.organizerId, dropId))
    .run();
}

/**
 * Merges two records of one organization, in one transaction: participations, positions,
 * sub-organizations and organized events move to the kept one (a meeting never lists it twice);
 * the dropped name, acronym and aliases become aliases; fields the kept one lacks (acronym,
 * country, website, parent) are taken from the dropped one; the dropped organization is
 * soft-deleted and points at the kept one; meetings are reindexed; both get a 'merge' entry.
 */
export async function mergeOrganizations(
  db: Db,
  input: MergeInput,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return db.transaction((tx) => {
    const byId = (id: number) =>
      tx.select().from(organizations).where(eq(organizations.id, id)).get();
    const { keep, drop } = checkPair('organization', byId(input.keepId), byId(input.dropId), input);
    const before = { ...organizationSnapshot(tx, keep.id), ...links(tx, keep.id) };
    const dropBefore = { ...organizationSnapshot(tx, drop.id), ...links(tx, drop.id) };

    const moved = meetingIds(
      tx,
      sql`select meeting_id from participants where organization_id = ${drop.id}`,
    );
    moveLinks(tx, keep.id, drop.id, actor);
    adoptChildren(tx, 'organizations', keep.id, drop, actor);
    const parentNow = byId(keep.id)?.parentId ?? null;
    const acronym = keep.acronym ?? drop.acronym;
    const aliases = mergedNames([keep.name, acronym], keep.aliases, [
      drop.name,
      drop.acronym,
      ...drop.aliases,
    ]);
    const kind = keep.kind === 'other' ? drop.kind : keep.kind;
    const row = tx
      .update(organizations)
      .set({
        acronym,
        aliases,
        kind,
        countryCode: kind === 'international' ? null : (keep.countryCode ?? drop.countryCode),
        website: keep.website ?? drop.website,
        parentId: keptParent(tx, 'organizations', keep.id, parentNow, drop.parentId),
        searchKey: searchKey([keep.name, acronym, ...aliases]),
        updatedAt: unixNow(),
        updatedBy: actor.userId,
        version: sql`${organizations.version} + 1`,
      })
      .where(eq(organizations.id, keep.id))
      .returning({ id: organizations.id, version: organizations.version })
      .get();
    retire(tx, 'organization', drop.id, keep.id, actor);
    touchMeetings(tx, moved, actor);
    reindexMeetingsOfOrganization(tx, keep.id);

    recordAudit(tx, {
      actor,
      action: 'merge',
      entityType: 'organization',
      entityId: keep.id,
      before: { ...before, mergedFrom: null },
      after: {
        ...organizationSnapshot(tx, keep.id),
        ...links(tx, keep.id),
        mergedFrom: { id: drop.id, name: drop.name },
      },
    });
    recordAudit(tx, {
      actor,
      action: 'merge',
      entityType: 'organization',
      entityId: drop.id,
      before: { ...dropBefore, mergedInto: null, deleted: false },
      after: {
        ...dropBefore,
        ...links(tx, drop.id),
        mergedInto: { id: keep.id, name: keep.name },
        deleted: true,
      },
    });
    return row;
  });
}
