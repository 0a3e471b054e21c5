import { eq, sql } from 'drizzle-orm';
import type { MergeInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../../client';
import { meetingTopics, topics } from '../../schema';
import { type Actor, recordAudit, systemActor } from '../audit';
import { unixNow } from '../lifecycle';
import { topicSnapshot } from '../topics';
import {
  adoptChildren,
  checkPair,
  joinedText,
  keptParent,
  mergedNames,
  reindexMeetingIds,
  retire,
  touchMeetings,
} from './shared';

function meetingIdsOf(tx: DbOrTx, topicId: number): number[] {
  return tx
    .select({ id: meetingTopics.meetingId })
    .from(meetingTopics)
    .where(eq(meetingTopics.topicId, topicId))
    .all()
    .map((r) => r.id);
}

function subTopicCount(tx: DbOrTx, id: number): number {
  return (
    tx.get<{ n: number }>(
      sql`select count(*) as n from topics where parent_id = ${id} and deleted_at is null`,
    )?.n ?? 0
  );
}

/**
 * Merges two topics, in one transaction: the dropped topic's meetings move to the kept one (a
 * meeting on both keeps one link), its sub-topics move under it, its name and aliases become
 * aliases of the kept one (so typing the old name finds it); the dropped topic is soft-deleted
 * and points at the kept one; its meetings are reindexed; both get a 'merge' entry.
 */
export async function mergeTopics(
  db: Db,
  input: MergeInput,
  actor: Actor = systemActor,
): Promise<{ id: number; slug: string; version: number }> {
  return db.transaction((tx) => {
    const byId = (id: number) => tx.select().from(topics).where(eq(topics.id, id)).get();
    const { keep, drop } = checkPair('topic', byId(input.keepId), byId(input.dropId), input);
    const moved = meetingIdsOf(tx, drop.id);
    const summary = (id: number) => ({
      meetings: meetingIdsOf(tx, id).length,
      subTopics: subTopicCount(tx, id),
    });
    const before = { ...topicSnapshot(tx, keep.id), ...summary(keep.id) };
    const dropBefore = { ...topicSnapshot(tx, drop.id), ...summary(drop.id) };

    tx.run(sql`
      delete from meeting_topics where topic_id = ${drop.id}
      and meeting_id in (select meeting_id from meeting_topics where topic_id = ${keep.id})`);
    tx.update(meetingTopics)
      .set({ topicId: keep.id })
      .where(eq(meetingTopics.topicId, drop.id))
      .run();
    adoptChildren(tx, 'topics', keep.id, drop, actor);
    const parentNow = byId(keep.id)?.parentId ?? null;
    const row = tx
      .update(topics)
      .set({
        aliases: mergedNames([keep.name], keep.aliases, [drop.name, ...drop.aliases]),
        description: joinedText(keep.description, drop.description),
        parentId: keptParent(tx, 'topics', keep.id, parentNow, drop.parentId),
        updatedAt: unixNow(),
        updatedBy: actor.userId,
        version: sql`${topics.version} + 1`,
      })
      .where(eq(topics.id, keep.id))
      .returning({ id: topics.id, slug: topics.slug, version: topics.version })
      .get();
    retire(tx, 'topic', drop.id, keep.id, actor);
    touchMeetings(tx, moved, actor);
    reindexMeetingIds(tx, moved);

    recordAudit(tx, {
      actor,
      action: 'merge',
      entityType: 'topic',
      entityId: keep.id,
      before: { ...before, mergedFrom: null },
      after: {
        ...topicSnapshot(tx, keep.id),
        ...summary(keep.id),
        mergedFrom: { id: drop.id, name: drop.name },
      },
    });
    recordAudit(tx, {
      actor,
      action: 'merge',
      entityType: 'topic',
      entityId: drop.id,
      before: { ...dropBefore, mergedInto: null, deleted: false },
      after: {
        ...dropBefore,
        ...summary(drop.id),
        mergedInto: { id: keep.id, name: keep.name },
        deleted: true,
      },
    });
    return row;
  });
}
