import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing';
import { cached, cacheStats, MAX_CACHED_BYTES } from './cache';

describe('the count cache', () => {
  it('answers a repeated query until the database changes', () => {
    const db = createTestDb();
    let runs = 0;
    const count = () => cached(db, sql`select 1`, () => ++runs);
    expect([count(), count()]).toEqual([1, 1]);
    db.run(sql`insert into settings (key, value) values ('x', '1')`);
    expect(count()).toBe(2);
  });

  it('keeps its typed arrays within a byte budget, dropping the least recently used', () => {
    const db = createTestDb();
    const size = MAX_CACHED_BYTES / 16;
    const runs = new Map<number, number>();
    const ids = (i: number) =>
      cached(db, sql`select ${i}`, () => {
        runs.set(i, (runs.get(i) ?? 0) + 1);
        return new Int32Array(size / 4).fill(i);
      });
    const first = ids(0);
    for (let i = 1; i < 40; i++) {
      ids(i);
      // Used again and again: never the least recently used.
      expect(ids(0)).toBe(first);
    }
    const stats = cacheStats(db);
    expect(stats.bytes).toBeLessThanOrEqual(MAX_CACHED_BYTES);
    expect(stats.entries).toBe(MAX_CACHED_BYTES / size);
    expect(runs.get(0)).toBe(1);
    // An early one was dropped: asking again computes it anew; the latest was kept.
    ids(1);
    ids(39);
    expect([runs.get(1), runs.get(39)]).toEqual([2, 1]);
  });
});
