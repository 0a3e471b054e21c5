import { and, eq, isNull, sql } from 'drizzle-orm';
import { slugify } from '@/lib/text';
import type { FieldErrors } from '@/lib/validation/common';
import type { Db, DbOrTx } from '../client';
import { DomainError } from '../errors';
import { meetingTopics, topicSlugs, topics } from '../schema';
import { type Actor, systemActor } from './audit';
import {
  isSelfOrAncestor,
  restore,
  softDelete,
  throwIfInvalid,
  updateVersioned,
} from './lifecycle';
import { reindexMeetingsIn } from './search-index';

import { insertTopic, liveTopicNamed, type NewTopic, uniqueSlug } from './topic-names';

export { findOrCreateTopic, type NewTopic, resolveTopics } from './topic-names';

/**
 * Field errors for a topic: a name another live topic has, a parent that is gone, or (when
 * editing `id`) a parent under the topic itself.
 */
function checkTopic(tx: DbOrTx, id: number | null, input: NewTopic): void {
  const fieldErrors: FieldErrors = {};
  const clash = liveTopicNamed(tx, input.name, id);
  if (clash !== null) fieldErrors.name = 'A topic with this name exists already.';
  if (input.parentId !== null) {
    const parent = tx
      .select({ id: topics.id })
      .from(topics)
      .where(and(eq(topics.id, input.parentId), isNull(topics.deletedAt)))
      .get();
    if (!parent) fieldErrors.parentId = 'This topic no longer exists.';
    else if (id !== null && isSelfOrAncestor(tx, 'topics', input.parentId, id)) {
      fieldErrors.parentId =
        input.parentId === id
          ? 'A topic cannot be its own parent.'
          : 'This topic sits under the one you are editing: choose one above or beside it.';
    }
  }
  throwIfInvalid(fieldErrors);
}

/** Creates a topic; a name already taken is a field error. */
export async function createTopic(
  db: Db,
  input: NewTopic,
  actor: Actor = systemActor,
): Promise<{ id: number; slug: string }> {
  return db.transaction((tx) => {
    checkTopic(tx, null, input);
    const finalSlug = uniqueSlug(tx, slugify(input.name));
    return { id: insertTopic(tx, input, actor, finalSlug), slug: finalSlug };
  });
}

/** A topic as the audit trail compares it. */
export function topicSnapshot(tx: DbOrTx, id: number): Record<string, unknown> | null {
  const t = tx.select().from(topics).where(eq(topics.id, id)).get();
  if (!t) return null;
  const { name, slug, parentId, description, aliases } = t;
  return { name, slug, parentId, description, aliases };
}

/**
 * Saves a topic's form. A new name gets a new slug (the topic's address; the old one is kept in
 * topic_slugs and leads here) and is written into the search rows of its meetings; `expectedVersion` guards against concurrent saves (409).
 */
export async function updateTopic(
  db: Db,
  id: number,
  input: NewTopic,
  expectedVersion: number,
  actor: Actor = systemActor,
): Promise<{ id: number; slug: string; version: number }> {
  return db.transaction((tx) => {
    checkTopic(tx, id, input);
    let slug = '';
    const row = updateVersioned(tx, {
      kind: 'topic',
      table: topics,
      id,
      expectedVersion,
      actor,
      snapshot: topicSnapshot,
      values: (before) => {
        const oldSlug = String(before.slug);
        const renamed = before.name !== input.name;
        slug =
          !renamed || slugify(input.name) === oldSlug
            ? oldSlug
            : uniqueSlug(tx, slugify(input.name));
        const { name, parentId, description, aliases = [] } = input;
        return { name, slug, parentId, description, aliases };
      },
      then: (before, written) => {
        if (written.slug !== before.slug) {
          // The old address keeps leading here (queries/merges.ts movedTopic).
          tx.insert(topicSlugs)
            .values({ slug: String(before.slug), topicId: id })
            .onConflictDoUpdate({ target: topicSlugs.slug, set: { topicId: id } })
            .run();
        }
        if (before.name !== input.name) reindexMeetingsOfTopic(tx, id);
      },
    });
    return { ...row, slug };
  });
}

/** Rewrites the search rows of every meeting on the topic. */
export function reindexMeetingsOfTopic(tx: DbOrTx, topicId: number): void {
  reindexMeetingsIn(
    tx,
    sql`select ${meetingTopics.meetingId} from ${meetingTopics} where ${meetingTopics.topicId} = ${topicId}`,
  );
}

/** Soft-deletes a topic: gone from lists and type-aheads, kept on its meetings. */
export async function deleteTopic(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => softDelete(tx, 'topic', id, actor));
}

/** Brings a soft-deleted topic back, unless a live topic has taken its name since. */
export async function restoreTopic(db: Db, id: number, actor: Actor = systemActor) {
  db.transaction((tx) => {
    const topic = tx.select().from(topics).where(eq(topics.id, id)).get();
    const clash = topic && liveTopicNamed(tx, topic.name, id);
    if (clash) {
      throw new DomainError('invalid', 'A live topic has this name now: rename or merge it first.');
    }
    restore(tx, 'topic', id, actor);
  });
}
