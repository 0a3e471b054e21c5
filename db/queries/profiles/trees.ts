import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client';
import { subtreeOf, type TreeTable, treeCte } from '../../sql/tree';

/**
 * The ids above a node (parent, grandparent, …) and under it (as the filters read the tree:
 * live nodes under it, at any depth). A profile leaves its own family out of "counterpart"
 * tallies: under subtree semantics an ancestor of O counts every meeting of O, and a part of O
 * is O itself at the table.
 */
export async function familyOf(
  db: DbOrTx,
  table: TreeTable,
  id: number,
): Promise<{ ancestors: number[]; descendants: number[] }> {
  // Depth-bounded (50) rather than UNION-deduplicated: the order of the chain matters.
  const walk = { direction: 'up', from: [id], liveOnly: false, maxDepth: 50 } as const;
  const up = db.all<{ id: number }>(
    sql`with recursive ${treeCte('up', table, walk)} select id from up order by depth`,
  );
  const down = db.all<{ id: number }>(sql`${subtreeOf(table, [id])}`);
  return {
    ancestors: up.map((r) => r.id).filter((a) => a !== id),
    descendants: down.map((r) => r.id).filter((d) => d !== id),
  };
}

/** The chain of live ancestors of a topic, root first, for a breadcrumb. */
export async function topicAncestors(
  db: DbOrTx,
  id: number,
): Promise<Array<{ id: number; name: string; slug: string }>> {
  const { ancestors } = await familyOf(db, 'topics', id);
  if (!ancestors.length) return [];
  const rows = db.all<{ id: number; name: string; slug: string; deleted: number | null }>(sql`
    select id, name, slug, deleted_at as deleted from topics
    where id in (${sql.join(
      ancestors.map((a) => sql`${a}`),
      sql`, `,
    )})`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ancestors
    .map((a) => byId.get(a))
    .filter((r): r is NonNullable<typeof r> => Boolean(r && r.deleted === null))
    .map(({ id: topicId, name, slug }) => ({ id: topicId, name, slug }))
    .reverse();
}
