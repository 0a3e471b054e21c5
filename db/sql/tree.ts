import { type SQL, sql } from 'drizzle-orm';

/** The two tables that form a tree through `parent_id`. */
export type TreeTable = 'organizations' | 'topics';

/** How to walk a tree (see treeCte). */
export interface TreeWalk {
  /** `down`: the start rows and every row under them; `up`: the start rows and every row above. */
  direction: 'down' | 'up';
  /** The rows to start from: these ids, or every row of the table (a closure table). */
  from: readonly number[] | 'every';
  /**
   * Step only through live rows, as the filters read the tree (a deleted organization's
   * children are no longer "under" it). False for structural checks (loops, merges, exports).
   */
  liveOnly: boolean;
  /** Keep each row's start row as the column `root`: one (root, id) pair per reached row. */
  withRoot?: boolean;
  /** Add a `depth` column (0 at the start rows) and stop there: an ordered walk, cycle-safe. */
  maxDepth?: number;
}

/**
 * The one recursive walk of organization or topic trees: a CTE `name(root?, id, depth?) as
 * (…)` to follow `with recursive`. Without a depth, UNION (not UNION ALL) keeps a parent cycle,
 * should one ever be written, from looping forever; with one, the depth bound does.
 */
export function treeCte(name: string, table: TreeTable, walk: TreeWalk): SQL {
  const self = sql.identifier(name);
  const t = sql.identifier(table);
  const depth = walk.maxDepth !== undefined;
  const columns = [walk.withRoot ? 'root' : null, 'id', depth ? 'depth' : null]
    .filter((c): c is string => c !== null)
    .map((c) => sql.identifier(c));
  const start = (id: SQL) =>
    sql.join([...(walk.withRoot ? [id] : []), id, ...(depth ? [sql`0`] : [])], sql`, `);
  const seed =
    walk.from === 'every'
      ? sql`select ${start(sql`id`)} from ${t}`
      : walk.from.length
        ? sql`values ${sql.join(
            walk.from.map((id) => sql`(${start(sql`${id}`)})`),
            sql`, `,
          )}`
        : sql`select ${start(sql`id`)} from ${t} where 0`;
  const down = walk.direction === 'down';
  const next = down ? sql`tree_row.id` : sql`tree_row.parent_id`;
  const link = down ? sql`tree_row.parent_id = ${self}.id` : sql`tree_row.id = ${self}.id`;
  const conditions = [
    ...(down ? [] : [sql`tree_row.parent_id is not null`]),
    ...(walk.liveOnly ? [sql`tree_row.deleted_at is null`] : []),
    ...(depth ? [sql`${self}.depth < ${walk.maxDepth}`] : []),
  ];
  const step = sql.join(
    [
      ...(walk.withRoot ? [sql`${self}.root`] : []),
      next,
      ...(depth ? [sql`${self}.depth + 1`] : []),
    ],
    sql`, `,
  );
  return sql`${self}(${sql.join(columns, sql`, `)}) as (
      ${seed}
      union
      select ${step} from ${t} tree_row join ${self} on ${link}
      ${conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
    )`;
}

/** `select id` of the rows a walk reaches: "X or anything under X" (or above), for an IN list. */
export function treeIds(table: TreeTable, walk: Omit<TreeWalk, 'withRoot'>): SQL {
  return sql`with recursive ${treeCte('tree', table, walk)} select id from tree`;
}

/**
 * `select id` of these organizations or topics and every live one under them, at any depth:
 * what the organization and topic filters match.
 */
export function subtreeOf(table: TreeTable, roots: readonly number[]): SQL {
  return treeIds(table, { direction: 'down', from: roots, liveOnly: true });
}

/**
 * `closure(root, id)`: every organization or topic with every live one under it (itself
 * included), so that a count per `root` counts what that value's filter selects (subtreeOf).
 */
export function closureCte(name: string, table: TreeTable): SQL {
  return treeCte(name, table, { direction: 'down', from: 'every', liveOnly: true, withRoot: true });
}
