import type Database from 'better-sqlite3';
import { type Classification, classifications } from '@/lib/domain/vocabularies';

/** Meetings per block: ids b·2^14 … b·2^14 + 2^14 - 1. */
export const BLOCK_BITS = 14;

export interface Block {
  signature: string;
  /** Position of each id of the block (id - base), or -1. */
  positionOf: Int32Array;
  /** The meeting id at each position. */
  ids: Int32Array;
  live: Uint8Array;
  /** The date span as YYYYMMDD numbers (their order is the ISO days' order); end 0 if none. */
  start: Int32Array;
  end: Int32Array;
  /** Index into `classifications` (db/schema.ts). */
  classification: Uint8Array;
  /**
   * The block's earliest start, latest start and latest end (YYYYMMDD), so that a date range
   * can pass over whole blocks: ids follow the order meetings were logged in, so each block
   * spans a few weeks or months.
   */
  span: { minStart: number; maxStart: number; maxEnd: number };
  format: Uint8Array;
  status: Uint8Array;
  /** Country index + 1, 0 for none. */
  heldIn: Uint16Array;
  event: Int32Array;
  /** CSR: participants of position p are pStart[p] … pStart[p + 1] - 1. */
  pStart: Int32Array;
  pCountry: Uint16Array;
  pOrganization: Int32Array;
  pOfficial: Int32Array;
  tStart: Int32Array;
  tTopic: Int32Array;
  /** Every facet's counts over the block's live meetings, once asked for (tally.ts). */
  tallies?: Map<string, Map<string, number>>;
  /** The same without restricted meetings, for readers who may not see them. */
  openTallies?: Map<string, Map<string, number>>;
}

export interface FacetIndex {
  version: string;
  blocks: Map<number, Block>;
  /** Country codes by index (index + 1 is stored; 0 = none), and regions of each. */
  countryCodes: string[];
  countryIndex: Map<string, number>;
  regionsOf: number[][];
  regionNames: string[];
  /** Each organization's and topic's id with the ids of the subtrees it belongs to. */
  organizationAncestors: Map<number, number[]>;
  topicAncestors: Map<number, number[]>;
  treeSignature: string;
  /** Largest ids seen, to size the counting arrays. */
  max: { event: number; organization: number; official: number; topic: number };
  formats: string[];
  statuses: string[];
}

const BLOCK = 1 << BLOCK_BITS;

function code(list: string[], value: string): number {
  let i = list.indexOf(value);
  if (i < 0) i = list.push(value) - 1;
  return i;
}

/** Reads block `b` (meeting ids b·16384 … b·16384 + 16383) into typed arrays. */
export function readBlock(
  client: Database.Database,
  index: FacetIndex,
  b: number,
  signature: string,
): Block {
  const lo = b * BLOCK;
  const hi = lo + BLOCK;
  const rows = client
    .prepare(
      `select id, format, status, country_code, event_id, deleted_at, start_date, end_date,
         classification
       from meetings indexed by meetings_facet_idx where id >= ? and id < ? order by id`,
    )
    .raw()
    .all(lo, hi) as Array<
    [
      number,
      string,
      string,
      string | null,
      number | null,
      number | null,
      string,
      string | null,
      Classification,
    ]
  >;
  const n = rows.length;
  const block: Block = {
    signature,
    positionOf: new Int32Array(BLOCK).fill(-1),
    ids: new Int32Array(n),
    live: new Uint8Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    classification: new Uint8Array(n),
    span: { minStart: Infinity, maxStart: 0, maxEnd: 0 },
    format: new Uint8Array(n),
    status: new Uint8Array(n),
    heldIn: new Uint16Array(n),
    event: new Int32Array(n),
    pStart: new Int32Array(n + 1),
    pCountry: new Uint16Array(0),
    pOrganization: new Int32Array(0),
    pOfficial: new Int32Array(0),
    tStart: new Int32Array(n + 1),
    tTopic: new Int32Array(0),
  };
  rows.forEach(([id, format, status, country, event, deleted, start, end, classification], p) => {
    block.positionOf[id - lo] = p;
    block.ids[p] = id;
    block.live[p] = deleted === null ? 1 : 0;
    block.start[p] = dayNumber(start);
    block.end[p] = end ? dayNumber(end) : 0;
    block.classification[p] = classifications.indexOf(classification);
    const span = block.span;
    span.minStart = Math.min(span.minStart, block.start[p]!);
    span.maxStart = Math.max(span.maxStart, block.start[p]!);
    span.maxEnd = Math.max(span.maxEnd, block.end[p]!, block.start[p]!);
    block.format[p] = code(index.formats, format);
    block.status[p] = code(index.statuses, status);
    block.heldIn[p] = countryOf(index, country);
    block.event[p] = event ?? 0;
    index.max.event = Math.max(index.max.event, event ?? 0);
  });
  const people = client
    .prepare(
      `select meeting_id, country_code, organization_id, official_id from participants
       where meeting_id >= ? and meeting_id < ? order by meeting_id`,
    )
    .raw()
    .all(lo, hi) as Array<[number, string | null, number | null, number | null]>;
  block.pCountry = new Uint16Array(people.length);
  block.pOrganization = new Int32Array(people.length);
  block.pOfficial = new Int32Array(people.length);
  fillCsr(block, lo, block.pStart, people, (row, i) => {
    block.pCountry[i] = countryOf(index, row[1]);
    block.pOrganization[i] = row[2] ?? 0;
    block.pOfficial[i] = row[3] ?? 0;
    index.max.official = Math.max(index.max.official, row[3] ?? 0);
  });
  const topics = client
    .prepare(
      `select meeting_id, topic_id from meeting_topics
       where meeting_id >= ? and meeting_id < ? order by meeting_id`,
    )
    .raw()
    .all(lo, hi) as Array<[number, number]>;
  block.tTopic = new Int32Array(topics.length);
  fillCsr(block, lo, block.tStart, topics, (row, i) => {
    block.tTopic[i] = row[1];
  });
  return block;
}

/**
 * Fills CSR offsets and values from rows sorted by meeting id (row[0]), as the block's positions
 * are; a row of a meeting the block does not hold is skipped.
 */
function fillCsr<R extends [number, ...unknown[]]>(
  block: Block,
  lo: number,
  start: Int32Array,
  rows: R[],
  put: (row: R, i: number) => void,
): void {
  const counts = new Int32Array(start.length);
  let j = 0;
  for (const row of rows) {
    const p = block.positionOf[row[0] - lo] ?? -1;
    if (p < 0) continue;
    counts[p + 1]!++;
    put(row, j++);
  }
  for (let p = 1; p < start.length; p++) start[p] = start[p - 1]! + counts[p]!;
}

/** An ISO day as the number YYYYMMDD, which sorts as the day does. */
export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** The country's index + 1 (0 for none); a code the package does not know gets a new index. */
function countryOf(index: FacetIndex, code: string | null): number {
  if (!code) return 0;
  let i = index.countryIndex.get(code);
  if (i === undefined) {
    i = index.countryCodes.push(code) - 1;
    index.countryIndex.set(code, i);
    index.regionsOf.push([]);
  }
  return i + 1;
}
