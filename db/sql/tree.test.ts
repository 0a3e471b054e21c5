import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { organizations } from '../schema';
import { createTestDb } from '../testing';
import { closureCte, subtreeOf, treeCte, treeIds } from './tree';

// UN > UNODC > Vienna office, UN > (deleted) DPPA > Liaison office.
let db: Db;
const ids = { un: 1, unodc: 2, vienna: 3, dppa: 4, liaison: 5 };
beforeAll(() => {
  db = createTestDb();
  const rows: Array<[number, string, number | null, boolean]> = [
    [ids.un, 'UN', null, false],
    [ids.unodc, 'UNODC', ids.un, false],
    [ids.vienna, 'Vienna office', ids.unodc, false],
    [ids.dppa, 'DPPA', ids.un, true],
    [ids.liaison, 'Liaison office', ids.dppa, false],
  ];
  for (const [id, name, parentId, deleted] of rows) {
    db.insert(organizations)
      .values({ id, name, parentId, deletedAt: deleted ? 1 : null })
      .run();
  }
});

const idsOf = (query: ReturnType<typeof sql>) =>
  db
    .values<[number]>(query)
    .map((r) => r[0])
    .sort((a, b) => a - b);

describe('tree walks', () => {
  it('finds a node and every live one under it', () => {
    expect(idsOf(subtreeOf('organizations', [ids.un]))).toEqual([ids.un, ids.unodc, ids.vienna]);
    expect(idsOf(subtreeOf('organizations', []))).toEqual([]);
  });

  it('walks through deleted rows when asked to', () => {
    const walk = { direction: 'down', from: [ids.un], liveOnly: false } as const;
    expect(idsOf(treeIds('organizations', walk))).toEqual(Object.values(ids).sort());
  });

  it('walks up in order with a depth', () => {
    const walk = { direction: 'up', from: [ids.vienna], liveOnly: false, maxDepth: 10 } as const;
    const rows = db.all<{ id: number; depth: number }>(
      sql`with recursive ${treeCte('up', 'organizations', walk)} select id, depth from up order by depth`,
    );
    expect(rows).toEqual([
      { id: ids.vienna, depth: 0 },
      { id: ids.unodc, depth: 1 },
      { id: ids.un, depth: 2 },
    ]);
  });

  it('pairs every node with what lies under it', () => {
    const rows = db.values<[number, number]>(
      sql`with recursive ${closureCte('c', 'organizations')} select root, id from c where root = ${ids.un} order by id`,
    );
    expect(rows).toEqual([
      [ids.un, ids.un],
      [ids.un, ids.unodc],
      [ids.un, ids.vienna],
    ]);
  });
});
