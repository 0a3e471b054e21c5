import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { foldText, slugify } from '@/lib/text';
import type { TopicInput } from '@/lib/validation/entities';
import type { Db, DbOrTx } from '../client';
import { DomainError } from '../errors';
import { topics } from '../schema';
import { type Actor, recordAudit, systemActor } from './audit';

/**
 * Turns topic references from a form into ids: an id is kept if the topic exists; a name finds
 * the topic of that name (ignoring case and accents) or creates it.
 */
export function resolveTopics(
  tx: DbOrTx,
  refs: ReadonlyArray<{ id?: number; name: string }>,
  actor: Actor,
): number[] {
  const ids = refs.flatMap((r) => (r.id ? [r.id] : []));
  const known = new Set(
    ids.length
      ? tx
          .select({ id: topics.id })
          .from(topics)
          .where(and(inArray(topics.id, ids), isNull(topics.deletedAt)))
          .all()
          .map((t) => t.id)
      : [],
  );
  return refs.map((ref) => {
    if (ref.id && known.has(ref.id)) return ref.id;
    return findOrCreateTopic(tx, { name: ref.name, parentId: null, description: null }, actor);
  });
}

/** The id of the topic with this name (case and accents ignored), creating it if needed. */
export function findOrCreateTopic(tx: DbOrTx, input: TopicInput, actor: Actor): number {
  const slug = slugify(input.name);
  const existing = tx
    .select({ id: topics.id, name: topics.name })
    .from(topics)
    .where(and(eq(topics.slug, slug), isNull(topics.deletedAt)))
    .get();
  if (existing && foldText(existing.name) === foldText(input.name)) return existing.id;
  return insertTopic(tx, input, actor, existing ? uniqueSlug(tx, slug) : slug);
}

/** Creates a topic; a name already taken is a field error. */
export async function createTopic(
  db: Db,
  input: TopicInput,
  actor: Actor = systemActor,
): Promise<{ id: number; slug: string }> {
  return db.transaction((tx) => {
    const slug = slugify(input.name);
    const clash = tx
      .select({ id: topics.id })
      .from(topics)
      .where(and(eq(topics.slug, slug), isNull(topics.deletedAt)))
      .get();
    if (clash) {
      throw new DomainError('invalid', 'This topic exists already.', {
        name: 'A topic with this name exists already.',
      });
    }
    const finalSlug = uniqueSlug(tx, slug);
    return { id: insertTopic(tx, input, actor, finalSlug), slug: finalSlug };
  });
}

function insertTopic(tx: DbOrTx, input: TopicInput, actor: Actor, slug: string): number {
  const row = tx
    .insert(topics)
    .values({
      name: input.name,
      slug,
      parentId: input.parentId,
      description: input.description,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    })
    .returning({ id: topics.id })
    .get();
  recordAudit(tx, {
    actor,
    action: 'create',
    entityType: 'topic',
    entityId: row.id,
    before: null,
    after: { name: input.name, slug, parentId: input.parentId, description: input.description },
  });
  return row.id;
}

/** `slug`, or `slug-2`, `slug-3`… if taken (also by a deleted topic, since slugs are unique). */
function uniqueSlug(tx: DbOrTx, slug: string): string {
  const taken = new Set(
    tx
      .select({ slug: topics.slug })
      .from(topics)
      .where(sql`${topics.slug} = ${slug} or ${topics.slug} like ${`${slug}-%`}`)
      .all()
      .map((t) => t.slug),
  );
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}
