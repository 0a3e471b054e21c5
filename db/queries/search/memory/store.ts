import type Database from 'better-sqlite3';
import { countries } from '@/lib/countries';
import { filterKeys } from '@/lib/filters';
import type { DbOrTx } from '../../../client';
import { BLOCK_BITS, type FacetIndex, readBlock } from './block';
import { tally } from './tally';

/**
 * An in-memory copy of what the facets count, per meeting: format, status, venue country, event,
 * and its participants' countries, organizations and officials and its topics, in blocks of
 * 16,384 meeting ids. Counting 1M meetings' facets in SQL takes seconds (each facet is a GROUP BY
 * over millions of index entries, several with count(distinct)); here it is a loop over typed
 * arrays. The index holds data only, never a filter's meaning: the set to count always comes
 * from SQL (planner.ts), and the index answers "which values does each of these meetings have".
 *
 * Kept exact: before each use, `PRAGMA data_version` and `total_changes()` tell whether anything
 * was written; if so, one pass over meetings_facet_idx gives each block's count, version sum
 * and deleted count, and the blocks whose signature moved are read again (every write to a
 * meeting or its participants and topics bumps its version). The organization and topic trees
 * are re-read each time they may have changed. About 60 MB for 1M meetings.
 */
export { BLOCK_BITS, type Block, type FacetIndex } from './block';

// On globalThis: instrumentation.ts warms the index at start, and Next bundles it apart from the
// route handlers, each with its own copy of this module.
const store = globalThis as unknown as {
  parleyFacetIndexes?: WeakMap<Database.Database, FacetIndex>;
};
const indexes = (store.parleyFacetIndexes ??= new WeakMap());

/** Off only to compare with the SQL counts (tests) or to time them (scripts). */
export const facetIndexSettings = { enabled: true };

function emptyIndex(): FacetIndex {
  const regionNames = [...new Set(countries.flatMap((c) => [c.region, c.subregion]))].filter(
    Boolean,
  );
  const regionIndex = new Map(regionNames.map((n, i) => [n, i]));
  return {
    version: '',
    blocks: new Map(),
    countryCodes: countries.map((c) => c.code),
    countryIndex: new Map(countries.map((c, i) => [c.code, i])),
    regionsOf: countries.map((c) =>
      [c.region, c.subregion].flatMap((n) => {
        const i = regionIndex.get(n);
        return i === undefined ? [] : [i];
      }),
    ),
    regionNames,
    organizationAncestors: new Map(),
    topicAncestors: new Map(),
    treeSignature: '',
    max: { event: 0, organization: 0, official: 0, topic: 0 },
    formats: [],
    statuses: [],
  };
}

/**
 * Builds the facet index and every block's tallies ahead of the first request (seconds at 1M
 * meetings; instantly for the demo data).
 */
export function warmFacetIndex(db: DbOrTx): void {
  const index = facetIndexOf(db);
  if (index) {
    tally(index, 'all', [...filterKeys]);
    tally(index, 'all', [...filterKeys], ['restricted']);
  }
}

/** The connection's facet index, brought up to date; null inside a transaction. */
export function facetIndexOf(db: DbOrTx): FacetIndex | null {
  const client = (db as { $client?: Database.Database }).$client;
  if (!client || client.inTransaction || !facetIndexSettings.enabled) return null;
  let index = indexes.get(client);
  if (!index) indexes.set(client, (index = emptyIndex()));
  refresh(client, index);
  return index;
}

function refresh(client: Database.Database, index: FacetIndex): void {
  const version = `${client.pragma('data_version', { simple: true })}:${
    client.prepare('select total_changes()').pluck().get() as number
  }`;
  if (version === index.version) return;
  // One read transaction: the signatures, trees and blocks are one snapshot even if another
  // process writes meanwhile.
  client.transaction(() => readChanges(client, index))();
  index.version = version;
}

function readChanges(client: Database.Database, index: FacetIndex): void {
  refreshTrees(client, index);
  const signatures = client
    .prepare(
      `select id >> ${BLOCK_BITS} as b, count(*) || ':' || total(version) || ':' ||
         count(deleted_at) || ':' || max(id) as s
       from meetings indexed by meetings_facet_idx group by b`,
    )
    .raw()
    .all() as Array<[number, string]>;
  const seen = new Set<number>();
  for (const [b, signature] of signatures) {
    seen.add(b);
    if (index.blocks.get(b)?.signature !== signature) {
      index.blocks.set(b, readBlock(client, index, b, signature));
    }
  }
  for (const b of index.blocks.keys()) if (!seen.has(b)) index.blocks.delete(b);
}

/** Ancestors as the filters see them (subtreeOf): a live node belongs to its parent's subtrees. */
function ancestors(rows: Array<[number, number | null, number | null]>): Map<number, number[]> {
  const byId = new Map(rows.map(([id, parent, deleted]) => [id, { parent, deleted }]));
  const out = new Map<number, number[]>();
  for (const [id] of rows) {
    const chain = [id];
    let node = id;
    const seen = new Set([id]);
    for (;;) {
      const row = byId.get(node);
      if (!row || row.deleted !== null || row.parent === null || seen.has(row.parent)) break;
      chain.push(row.parent);
      seen.add(row.parent);
      node = row.parent;
    }
    out.set(id, chain);
  }
  return out;
}

function refreshTrees(client: Database.Database, index: FacetIndex): void {
  const read = (table: string) =>
    client
      .prepare(`select id, parent_id, deleted_at from ${table} order by id`)
      .raw()
      .all() as Array<[number, number | null, number | null]>;
  const orgs = read('organizations');
  const topics = read('topics');
  const signature = JSON.stringify([orgs, topics]);
  if (signature === index.treeSignature) return;
  for (const block of index.blocks.values()) {
    delete block.tallies;
    delete block.openTallies;
  }
  index.organizationAncestors = ancestors(orgs);
  index.topicAncestors = ancestors(topics);
  index.max.organization = orgs.reduce((m, [id]) => Math.max(m, id), 0);
  index.max.topic = topics.reduce((m, [id]) => Math.max(m, id), 0);
  index.treeSignature = signature;
}
