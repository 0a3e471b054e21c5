import { type SQL, sql } from 'drizzle-orm';

/**
 * `select id` of an organization and every live organization under it, at any depth. UNION
 * (not UNION ALL) keeps a parent cycle, should one ever be written, from looping forever.
 */
export function organizationSubtree(organizationId: number): SQL {
  return sql`with recursive subtree(id) as (
      select ${organizationId}
      union
      select o.id from organizations o join subtree on o.parent_id = subtree.id
      where o.deleted_at is null
    ) select id from subtree`;
}

/** `select id` of a topic and every live topic under it, at any depth. */
export function topicSubtree(topicId: number): SQL {
  return sql`with recursive subtree(id) as (
      select ${topicId}
      union
      select t.id from topics t join subtree on t.parent_id = subtree.id
      where t.deleted_at is null
    ) select id from subtree`;
}
