import { type FilterKey, matchingAll, type MeetingFilters } from '@/lib/filters';
import { classifications } from '@/lib/domain/vocabularies';
import { type Block, dayNumber, type FacetIndex } from './block';
import { regionCountryCodes } from '../values';

/**
 * The filters evaluated on the in-memory facet index (store.ts) instead of SQL: counting a
 * broad combination (an organization's subtree and a date range, five filters) over 1M meetings
 * in SQL means tens of thousands of index probes, 50–300 ms; a pass over the index's typed
 * arrays takes a few milliseconds. Each filter means here exactly what it means in
 * conditions.ts (the tests compare the two on every filter and edge case). Text is not
 * evaluated here: the caller passes the ids the search index matched.
 */
export type Test = (b: Block, p: number) => boolean;

/** Flags by index: flags[v] = 1 for the values a filter selects. */
function flags(size: number, values: Iterable<number>): Uint8Array {
  const out = new Uint8Array(size + 1);
  for (const v of values) if (v >= 0 && v <= size) out[v] = 1;
  return out;
}

/** Ids whose ancestor chain (a node and the subtrees it belongs to) meets one of the roots. */
function subtreeFlags(ancestors: Map<number, number[]>, max: number, roots: number[]) {
  const wanted = new Set(roots);
  const ids: number[] = [...roots];
  for (const [id, chain] of ancestors) if (chain.some((a) => wanted.has(a))) ids.push(id);
  return flags(Math.max(max, ...roots), ids);
}

/** Some participant of the meeting has a flagged value in `column`. */
function someParticipant(column: 'pCountry' | 'pOrganization' | 'pOfficial', on: Uint8Array) {
  return (b: Block, p: number) => {
    const values = b[column];
    for (let i = b.pStart[p]!, end = b.pStart[p + 1]!; i < end; i++) {
      if (on[values[i]!] === 1) return true;
    }
    return false;
  };
}

function someTopic(on: Uint8Array): Test {
  return (b, p) => {
    for (let i = b.tStart[p]!, end = b.tStart[p + 1]!; i < end; i++) {
      if (on[b.tTopic[i]!] === 1) return true;
    }
    return false;
  };
}

/** The test of one filter's values (alternatives), or null when the filter is not set. */
function filterTest(index: FacetIndex, key: FilterKey, filters: MeetingFilters): Test | null {
  const countryFlags = (codes: readonly string[]) =>
    flags(
      index.countryCodes.length,
      codes.map((c) => (index.countryIndex.get(c) ?? -2) + 1),
    );
  switch (key) {
    case 'country':
      return filters.country.length
        ? someParticipant('pCountry', countryFlags(filters.country))
        : null;
    case 'region':
      return filters.region.length
        ? someParticipant('pCountry', countryFlags(regionCountryCodes(filters.region)))
        : null;
    case 'organization':
      return filters.organization.length
        ? someParticipant(
            'pOrganization',
            subtreeFlags(index.organizationAncestors, index.max.organization, filters.organization),
          )
        : null;
    case 'official':
      return filters.official.length
        ? someParticipant(
            'pOfficial',
            flags(Math.max(index.max.official, ...filters.official), filters.official),
          )
        : null;
    case 'topic':
      return filters.topic.length
        ? someTopic(subtreeFlags(index.topicAncestors, index.max.topic, filters.topic))
        : null;
    case 'heldIn': {
      if (!filters.heldIn.length) return null;
      const on = countryFlags(filters.heldIn);
      return (b, p) => on[b.heldIn[p]!] === 1;
    }
    case 'event': {
      if (!filters.event.length) return null;
      const on = new Set(filters.event);
      return (b, p) => on.has(b.event[p]!);
    }
    case 'format':
    case 'status': {
      const values = filters[key] as readonly string[];
      if (!values.length) return null;
      const codes = key === 'format' ? index.formats : index.statuses;
      const on = flags(
        codes.length,
        values.map((v) => codes.indexOf(v)),
      );
      const column = key === 'format' ? 'format' : 'status';
      return (b, p) => on[b[column][p]!] === 1;
    }
  }
}

/**
 * Whether a block may hold a meeting whose span overlaps [from, to]; true without a range.
 */
export function blockInRange(filters: MeetingFilters): (b: Block) => boolean {
  const lo = filters.from ? dayNumber(filters.from) : 0;
  const hi = filters.to ? dayNumber(filters.to) : Infinity;
  return (b) => b.span.minStart <= hi && b.span.maxEnd >= lo;
}

/** Overlap of the meeting's span with [from, to], as dateCondition in conditions.ts. */
function dateTest(from?: string, to?: string): Test | null {
  if (!from && !to) return null;
  const lo = from ? dayNumber(from) : 0;
  const hi = to ? dayNumber(to) : Infinity;
  return (b, p) => {
    const start = b.start[p]!;
    return start <= hi && (start >= lo || b.end[p]! >= lo);
  };
}

export interface MemoryOptions {
  /** Classifications the reader may not see (auth). */
  hidden?: ReadonlyArray<(typeof classifications)[number]>;
  /** Only these meeting ids (what the text search matched); flags by id. */
  ids?: Uint8Array | null;
}

// Cheap column tests first: most meetings fail one of them before a participant is read.
const ORDER: readonly FilterKey[] = [
  'format',
  'status',
  'heldIn',
  'event',
  'country',
  'region',
  'official',
  'organization',
  'topic',
];

/** A test and the facet filter it belongs to (null for the date range and the options). */
export interface KeyedTest {
  key: FilterKey | null;
  test: Test;
}

/** The tests of a filter state (text aside), cheapest first, each with its filter. */
export function keyedTests(
  index: FacetIndex,
  filters: MeetingFilters,
  options: MemoryOptions = {},
): KeyedTest[] {
  const out: KeyedTest[] = [];
  const { ids, hidden } = options;
  if (ids) out.push({ key: null, test: (b, p) => ids[b.ids[p]!] === 1 });
  if (hidden?.length) {
    const off = flags(
      classifications.length,
      hidden.map((c) => classifications.indexOf(c)),
    );
    out.push({ key: null, test: (b, p) => off[b.classification[p]!] !== 1 });
  }
  const date = dateTest(filters.from, filters.to);
  const all = matchingAll(filters);
  for (const key of ORDER) {
    if (key === 'country' && date) out.push({ key: null, test: date });
    const values = filters[key] as ReadonlyArray<string | number>;
    const each = all.includes(key) ? values.map((v) => ({ ...filters, [key]: [v] })) : [filters];
    for (const f of each) {
      const test = filterTest(index, key, f);
      if (test) out.push({ key, test });
    }
  }
  return out;
}

/** The tests of a filter state (text aside), cheapest first. */
export function memoryTests(
  index: FacetIndex,
  filters: MeetingFilters,
  options: MemoryOptions = {},
): Test[] {
  return keyedTests(index, filters, options).map((t) => t.test);
}
