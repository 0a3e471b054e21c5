import { and, inArray, isNull, ne, sql } from 'drizzle-orm';
import { foldText, slugify } from '@/lib/text';
import type { TopicInput } from '@/lib/validation/entities';
import type { DbOrTx } from '../client';
import { topics } from '../schema';
import { type Actor, recordAudit } from './audit';

/** A topic's fields as the writes take them: aliases may be left out (none). */
export type NewTopic = Omit<TopicInput, 'aliases'> & { aliases?: string[] };

/**
 * Turns topic references from a form into ids: an id is kept if the topic exists; a name finds
 * the topic of that name or alias (ignoring case and accents) or creates it.
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

/** The live topic that has `name` as an alias (case and accents ignored), if any. */
function topicByAlias(tx: DbOrTx, name: string): number | null {
  const folded = foldText(name);
  const rows = tx
    .select({ id: topics.id, aliases: topics.aliases })
    .from(topics)
    .where(and(isNull(topics.deletedAt), ne(topics.aliases, sql`'[]'`)))
    .all();
  return rows.find((t) => t.aliases.some((a) => foldText(a) === folded))?.id ?? null;
}

/**
 * The id of the topic with this name or alias (case and accents ignored), creating it if
 * needed: a name a merge folded into another topic keeps leading to it.
 */
export function findOrCreateTopic(tx: DbOrTx, input: NewTopic, actor: Actor): number {
  const named = liveTopicNamed(tx, input.name, null);
  if (named !== null) return named;
  const aliased = topicByAlias(tx, input.name);
  if (aliased !== null) return aliased;
  return insertTopic(tx, input, actor, uniqueSlug(tx, slugify(input.name)));
}

/** A live topic other than `exceptId` whose name is `name` (case and accents ignored). */
export function liveTopicNamed(tx: DbOrTx, name: string, exceptId: number | null): number | null {
  const slug = slugify(name);
  const rows = tx
    .select({ id: topics.id, name: topics.name })
    .from(topics)
    .where(
      and(
        sql`(${topics.slug} = ${slug} or ${topics.slug} like ${`${slug}-%`})`,
        isNull(topics.deletedAt),
      ),
    )
    .all();
  return rows.find((t) => t.id !== exceptId && foldText(t.name) === foldText(name))?.id ?? null;
}

/** Inserts a topic with this slug inside the caller's transaction, with its audit entry. */
export function insertTopic(tx: DbOrTx, input: NewTopic, actor: Actor, slug: string): number {
  const values = {
    name: input.name,
    slug,
    parentId: input.parentId,
    description: input.description,
    aliases: input.aliases ?? [],
  };
  const row = tx
    .insert(topics)
    .values({ ...values, createdBy: actor.userId, updatedBy: actor.userId })
    .returning({ id: topics.id })
    .get();
  recordAudit(tx, {
    actor,
    action: 'create',
    entityType: 'topic',
    entityId: row.id,
    before: null,
    after: values,
  });
  return row.id;
}

/** `slug`, or `slug-2`, `slug-3`… if taken (also by a deleted topic, since slugs are unique). */
export function uniqueSlug(tx: DbOrTx, slug: string): string {
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
