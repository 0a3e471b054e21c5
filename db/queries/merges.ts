import type { Viewer } from '@/lib/domain/viewer';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { emptyFilters, type MeetingFilters } from '@/lib/filters';
import type { DbOrTx } from '../client';
import { officials, organizations, topicSlugs, topics } from '../schema';
import { countMeetings } from './meeting-search';
import { getOfficial } from './officials';
import { treeIds } from '../sql/tree';

export type MergeKind = 'official' | 'organization' | 'topic';

const tableOf = { official: 'officials', organization: 'organizations', topic: 'topics' } as const;

/** The live record a merged one now lives on, with the address of its page. */
export interface MergeTarget {
  id: number;
  name: string;
  href: string;
}

async function targetOf(db: DbOrTx, kind: MergeKind, id: number): Promise<MergeTarget | null> {
  if (kind === 'official') {
    const [o] = await db
      .select({ id: officials.id, name: officials.displayName })
      .from(officials)
      .where(eq(officials.id, id));
    return o ? { ...o, href: `/officials/${o.id}` } : null;
  }
  if (kind === 'organization') {
    const [o] = await db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, id));
    return o ? { ...o, href: `/organizations/${o.id}` } : null;
  }
  const [t] = await db
    .select({ id: topics.id, name: topics.name, slug: topics.slug })
    .from(topics)
    .where(eq(topics.id, id));
  return t ? { id: t.id, name: t.name, href: `/topics/${t.slug}` } : null;
}

/**
 * Where the page of a record merged into another should lead: the live record it was merged
 * into (following a chain of merges), or null when `id` is live, unknown, or deleted without a
 * merge. A profile page that finds no live record asks this before answering 404.
 */
export async function mergedInto(
  db: DbOrTx,
  kind: MergeKind,
  id: number,
): Promise<MergeTarget | null> {
  let current = id;
  for (let hop = 0; hop < 20; hop++) {
    const row = db.get<{ mergedInto: number | null; deletedAt: number | null } | undefined>(
      sql`select merged_into_id as mergedInto, deleted_at as deletedAt
        from ${sql.identifier(tableOf[kind])} where id = ${current}`,
    );
    if (!row) return null;
    if (row.deletedAt === null) return current === id ? null : targetOf(db, kind, current);
    if (row.mergedInto === null) return null;
    current = row.mergedInto;
  }
  return null;
}

/**
 * Where a topic's old address (/topics/[slug]) should lead: the live topic that a merged topic
 * was merged into, or the topic that had this address before a rename (topic_slugs), wherever
 * it was merged since. Null when the address is live, unknown, or of a deleted topic.
 */
export async function movedTopic(db: DbOrTx, slug: string): Promise<MergeTarget | null> {
  const [t] = await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug));
  if (t) return mergedInto(db, 'topic', t.id);
  const [old] = await db
    .select({ id: topicSlugs.topicId })
    .from(topicSlugs)
    .where(eq(topicSlugs.slug, slug));
  if (!old) return null;
  const [live] = await db
    .select({ id: topics.id })
    .from(topics)
    .where(and(eq(topics.id, old.id), isNull(topics.deletedAt)));
  return live ? targetOf(db, 'topic', live.id) : mergedInto(db, 'topic', old.id);
}

/** The meetings a record's count on the merge screen stands for, as a filter state. */
export function meetingsFilterOf(kind: MergeKind, id: number): MeetingFilters {
  return { ...emptyFilters, [kind]: [id] };
}

/** A live official as the merge screen shows them side by side, or null. */
export async function officialForMerge(db: DbOrTx, viewer: Viewer, id: number) {
  const official = await getOfficial(db, id);
  if (!official) return null;
  const filters = meetingsFilterOf('official', id);
  return { ...official, filters, meetingCount: await countMeetings(db, viewer, filters) };
}

/** A live organization as the merge screen shows it side by side, or null. */
export async function organizationForMerge(db: DbOrTx, viewer: Viewer, id: number) {
  const [org] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), isNull(organizations.deletedAt)));
  if (!org) return null;
  const related = db.get<{
    parent: string | null;
    parentAcronym: string | null;
    children: number;
    people: number;
  }>(sql`
    select (select name from organizations where id = ${org.parentId}) as parent,
      (select acronym from organizations where id = ${org.parentId}) as parentAcronym,
      (select count(*) from organizations where parent_id = ${id} and deleted_at is null)
        as children,
      (select count(distinct official_id) from positions
        where organization_id = ${id} and deleted_at is null) as people`);
  const filters = meetingsFilterOf('organization', id);
  return {
    ...org,
    parentName: related?.parent ?? null,
    parentAcronym: related?.parentAcronym ?? null,
    childCount: related?.children ?? 0,
    officialCount: related?.people ?? 0,
    filters,
    meetingCount: await countMeetings(db, viewer, filters),
  };
}

/** A live topic as the merge screen shows it side by side, or null. */
export async function topicForMerge(db: DbOrTx, viewer: Viewer, id: number) {
  const [topic] = await db
    .select()
    .from(topics)
    .where(and(eq(topics.id, id), isNull(topics.deletedAt)));
  if (!topic) return null;
  const children = await db
    .select({ id: topics.id, name: topics.name })
    .from(topics)
    .where(and(eq(topics.parentId, id), isNull(topics.deletedAt)))
    .orderBy(asc(topics.name));
  const [parent] = topic.parentId
    ? await db.select({ name: topics.name }).from(topics).where(eq(topics.id, topic.parentId))
    : [];
  const filters = meetingsFilterOf('topic', id);
  return {
    ...topic,
    parentName: parent?.name ?? null,
    children,
    filters,
    meetingCount: await countMeetings(db, viewer, filters),
  };
}

export type OfficialForMerge = NonNullable<Awaited<ReturnType<typeof officialForMerge>>>;
export type OrganizationForMerge = NonNullable<Awaited<ReturnType<typeof organizationForMerge>>>;
export type TopicForMerge = NonNullable<Awaited<ReturnType<typeof topicForMerge>>>;

/**
 * A record and every record under it, deleted ones included: what an edit form must not offer
 * as its parent, since the save would refuse the loop.
 */
export async function ownSubtreeIds(
  db: DbOrTx,
  table: 'organizations' | 'topics',
  id: number,
): Promise<number[]> {
  const rows = db.all<{ id: number }>(
    treeIds(table, { direction: 'down', from: [id], liveOnly: false }),
  );
  return rows.map((r) => r.id);
}
