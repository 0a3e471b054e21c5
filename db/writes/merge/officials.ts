import { eq, sql } from 'drizzle-orm';
import { searchKey } from '@/lib/text';
import type { MergeInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../../client';
import { officials, participants, positions } from '../../schema';
import { type Actor, recordAudit, systemActor } from '../audit';
import { unixNow } from '../lifecycle';
import { officialSnapshot, reindexMeetingsOfOfficial } from '../officials';
import { dropDuplicatePositions } from '../positions';
import {
  checkPair,
  foldParticipantRows,
  joinedText,
  meetingIds,
  mergedNames,
  retire,
  touchMeetings,
} from './shared';

/** How many meetings an official took part in, for the audit trail of a merge. */
function meetingCount(tx: DbOrTx, officialId: number): number {
  return (
    tx.get<{ n: number }>(
      sql`select count(*) as n from ${participants} where ${participants.officialId} = ${officialId}`,
    )?.n ?? 0
  );
}

/**
 * Merges two records of one person, in one transaction: every participation and position of
 * the dropped official moves to the kept one; a meeting that had both lists them once (the two
 * rows folded, keeping the more informative role and title); the dropped official's names
 * become aliases of the kept one, and fields the kept one lacks are taken from it; the dropped
 * official is soft-deleted and points at the kept one. The affected meetings are reindexed and
 * both records get a 'merge' audit entry.
 */
export async function mergeOfficials(
  db: Db,
  input: MergeInput,
  actor: Actor = systemActor,
): Promise<{ id: number; version: number }> {
  return db.transaction((tx) => {
    const { keep, drop } = checkPair(
      'official',
      tx.select().from(officials).where(eq(officials.id, input.keepId)).get(),
      tx.select().from(officials).where(eq(officials.id, input.dropId)).get(),
      input,
    );
    const before = { ...officialSnapshot(tx, keep.id), meetings: meetingCount(tx, keep.id) };
    const dropBefore = { ...officialSnapshot(tx, drop.id), meetings: meetingCount(tx, drop.id) };

    const moved = meetingIds(
      tx,
      sql`select meeting_id from participants where official_id = ${drop.id}`,
    );
    foldParticipantRows(
      tx,
      tx.all<{ keepRow: number; dropRow: number }>(sql`
        select k.id as keepRow, d.id as dropRow
        from participants k join participants d on d.meeting_id = k.meeting_id
        where k.official_id = ${keep.id} and d.official_id = ${drop.id}`),
    );
    tx.update(participants)
      .set({ officialId: keep.id })
      .where(eq(participants.officialId, drop.id))
      .run();
    tx.update(positions)
      .set({ officialId: keep.id, updatedAt: unixNow(), updatedBy: actor.userId })
      .where(eq(positions.officialId, drop.id))
      .run();
    dropDuplicatePositions(tx, [keep.id], actor);

    const aliases = mergedNames([keep.displayName], keep.aliases, [
      drop.displayName,
      ...drop.aliases,
    ]);
    const row = tx
      .update(officials)
      .set({
        aliases,
        searchKey: searchKey([keep.displayName, ...aliases]),
        countryCode: keep.countryCode ?? drop.countryCode,
        notes: joinedText(keep.notes, drop.notes),
        wikidataId: keep.wikidataId ?? drop.wikidataId,
        updatedAt: unixNow(),
        updatedBy: actor.userId,
        version: sql`${officials.version} + 1`,
      })
      .where(eq(officials.id, keep.id))
      .returning({ id: officials.id, version: officials.version })
      .get();
    retire(tx, 'official', drop.id, keep.id, actor);
    touchMeetings(tx, moved, actor);
    reindexMeetingsOfOfficial(tx, keep.id);

    const mergedFrom = { id: drop.id, displayName: drop.displayName };
    recordAudit(tx, {
      actor,
      action: 'merge',
      entityType: 'official',
      entityId: keep.id,
      before: { ...before, mergedFrom: null },
      after: { ...officialSnapshot(tx, keep.id), meetings: meetingCount(tx, keep.id), mergedFrom },
    });
    recordAudit(tx, {
      actor,
      action: 'merge',
      entityType: 'official',
      entityId: drop.id,
      before: { ...dropBefore, mergedInto: null, deleted: false },
      after: {
        ...dropBefore,
        positions: [],
        meetings: 0,
        mergedInto: { id: keep.id, displayName: keep.displayName },
        deleted: true,
      },
    });
    return row;
  });
}
