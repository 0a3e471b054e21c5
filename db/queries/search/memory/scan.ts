import type { FilterKey } from '@/lib/filters';
import { BLOCK_BITS, type Block, dayNumber, type FacetIndex } from './block';
import type { KeyedTest, Test } from './predicates';

/**
 * Passes over the in-memory facet index with a filter state's tests (predicates.ts): counts
 * and sort keys for the list, the facets' sets, and pages from the kept keys.
 */
/**
 * The facets' sets in one pass: the meetings that pass every test, and for each filter of
 * `except`, those that pass every test but that filter's (its facet counts over the others).
 * A meeting failing two tests belongs to none, so most are dropped as fast as in one scan.
 */
export function facetSetIds(
  index: FacetIndex,
  tests: KeyedTest[],
  except: readonly FilterKey[],
  onlyIds?: ArrayLike<number> | null,
  inRange?: (b: Block) => boolean,
): { all: number[]; without: Map<FilterKey, number[]> } {
  const all: number[] = [];
  const without = new Map(except.map((k) => [k, [] as number[]]));
  const exceptable = tests.map((t) => (t.key && without.has(t.key) ? t.key : null));
  const lists = [...without.values()];
  // Every meeting of the blocks in range is tested; forEachMatch with no tests visits them all.
  forEachMatch(
    index,
    [],
    (b, p) => {
      let failed: FilterKey | null = null;
      for (let t = 0; t < tests.length; t++) {
        if (tests[t]!.test(b, p)) continue;
        const key = exceptable[t];
        if (!key || (failed && failed !== key)) return;
        failed = key;
      }
      const id = b.ids[p]!;
      if (failed) without.get(failed)!.push(id);
      else {
        all.push(id);
        for (const list of lists) list.push(id);
      }
    },
    onlyIds,
    inRange,
  );
  return { all, without };
}

/** A (start day, id) sort key: start · 2^26 + id, exact in a double for ids below 2^26. */
export const sortKey = (start: number, id: number) => start * 67_108_864 + id;
const MAX_ID = 67_108_864;
/** The meeting id of a sort key. */
export const idOfKey = (key: number) => key % MAX_ID;

export interface MemoryScan {
  /** Live meetings that pass every test. */
  total: number;
  /** Their sort keys, when there were at most `keep` of them; else null. */
  keys: Float64Array | null;
}

/**
 * Calls `found` for each live meeting that passes `tests`: every meeting of the blocks that may
 * be in the date range, or only `onlyIds` (what the text search matched).
 */
export function forEachMatch(
  index: FacetIndex,
  tests: Test[],
  found: (b: Block, p: number) => void,
  onlyIds?: ArrayLike<number> | null,
  inRange: (b: Block) => boolean = () => true,
): void {
  const visit = (b: Block, p: number) => {
    if (b.live[p] !== 1) return;
    for (let t = 0; t < tests.length; t++) if (!tests[t]!(b, p)) return;
    found(b, p);
  };
  if (onlyIds) {
    const mask = (1 << BLOCK_BITS) - 1;
    for (let i = 0; i < onlyIds.length; i++) {
      const id = onlyIds[i]!;
      const b = index.blocks.get(id >> BLOCK_BITS);
      const p = b ? b.positionOf[id & mask]! : -1;
      if (b && p >= 0) visit(b, p);
    }
  } else {
    for (const b of index.blocks.values()) {
      if (inRange(b)) for (let p = 0; p < b.live.length; p++) visit(b, p);
    }
  }
}

/** Counts the matches, keeping their sort keys while there are at most `keep`. */
export function scan(
  index: FacetIndex,
  tests: Test[],
  keep: number,
  onlyIds?: ArrayLike<number> | null,
  inRange?: (b: Block) => boolean,
): MemoryScan {
  let total = 0;
  let keys: Float64Array | null = new Float64Array(Math.min(keep, 1024));
  const found = (b: Block, p: number) => {
    if (keys) {
      if (total >= keep || b.ids[p]! >= MAX_ID) keys = null;
      else {
        if (total === keys.length) {
          const grown = new Float64Array(Math.min(keep, keys.length * 4));
          grown.set(keys);
          keys = grown;
        }
        keys[total] = sortKey(b.start[p]!, b.ids[p]!);
      }
    }
    total++;
  };
  forEachMatch(index, tests, found, onlyIds, inRange);
  return { total, keys: keys ? (keys as Float64Array).subarray(0, total) : null };
}

/**
 * The ids of one page from a scan's keys, in (start_date, id) order either way, after a keyset
 * position when given.
 */
export function pageOfKeys(
  keys: Float64Array,
  window: { desc: boolean; offset: number; limit: number; after?: { date: string; id: number } },
): number[] {
  let list = keys;
  if (window.after) {
    const k = sortKey(dayNumber(window.after.date), window.after.id);
    list = keys.filter((x) => (window.desc ? x < k : x > k));
  }
  const sorted = Float64Array.from(list).sort();
  if (window.desc) sorted.reverse();
  const offset = window.after ? 0 : window.offset;
  return Array.from(sorted.subarray(offset, offset + window.limit), idOfKey);
}
