import { filterKeys, type FilterKey } from '@/lib/filters';
import { type Classification, classifications } from '@/lib/domain/vocabularies';
import { BLOCK_BITS, type Block, type FacetIndex } from './block';

/** Per facet: value → number of distinct meetings. */
export type Tallies = Partial<Record<FilterKey, Map<string, number>>>;

/**
 * A counter that counts each value once per meeting: `stamps` remembers the last meeting that
 * counted a value, so a meeting with two Kazakh participants adds one to KZ.
 */
class Counter {
  readonly counts: Int32Array;
  private readonly stamps: Int32Array;
  constructor(size: number) {
    this.counts = new Int32Array(size + 1);
    this.stamps = new Int32Array(size + 1);
  }
  add(value: number, meeting: number): void {
    if (value <= 0 || value >= this.stamps.length || this.stamps[value] === meeting) return;
    this.stamps[value] = meeting;
    this.counts[value]!++;
  }
}

/**
 * Counts the facets `keys` over the live meetings among `ids` (every live meeting when 'all'),
 * with the same meaning as the SQL in facet-counts.ts: organizations and topics count for every
 * subtree they belong to, regions for the region and the subregion of each participant's country.
 * For 'all', each block's counts are kept until the block or the trees change.
 */
export function tally(
  index: FacetIndex,
  ids: Iterable<number> | 'all',
  keys: FilterKey[],
  hidden: readonly Classification[] = [],
): Tallies {
  if (ids === 'all') {
    const out: Tallies = {};
    for (const key of keys) out[key] = new Map();
    // Kept per block for everyone's view and for the view without restricted meetings.
    const slot = hidden.length ? 'openTallies' : 'tallies';
    for (const block of index.blocks.values()) {
      block[slot] ??= new Map(Object.entries(count(index, [block], null, filterKeys, hidden)));
      for (const key of keys) {
        const sum = out[key]!;
        for (const [v, n] of block[slot].get(key) ?? []) sum.set(v, (sum.get(v) ?? 0) + n);
      }
    }
    return out;
  }
  return count(index, [...index.blocks.values()], ids, keys);
}

function count(
  index: FacetIndex,
  blocks: Block[],
  ids: Iterable<number> | null,
  keys: readonly FilterKey[],
  hidden: readonly Classification[] = [],
): Tallies {
  const off = new Uint8Array(classifications.length);
  for (const c of hidden) off[classifications.indexOf(c)] = 1;
  const want = new Set(keys);
  const [format, status, heldIn, event, country, region, organization, official, topic] = [
    want.has('format'),
    want.has('status'),
    want.has('heldIn'),
    want.has('event'),
    want.has('country'),
    want.has('region'),
    want.has('organization'),
    want.has('official'),
    want.has('topic'),
  ];
  const people = country || region || organization || official;
  const { max } = index;
  const c = {
    format: new Counter(index.formats.length),
    status: new Counter(index.statuses.length),
    heldIn: new Counter(index.countryCodes.length),
    event: new Counter(max.event),
    country: new Counter(index.countryCodes.length),
    region: new Counter(index.regionNames.length),
    organization: new Counter(max.organization),
    official: new Counter(max.official),
    topic: new Counter(max.topic),
  };
  const { organizationAncestors: orgUp, topicAncestors: topicUp, regionsOf } = index;
  let meeting = 0;
  const add = (b: Block, p: number) => {
    if (!b.live[p] || off[b.classification[p]!] === 1) return;
    meeting++;
    // Format and status are stored 0-based: shift by one, since 0 means "none" to a Counter.
    if (format) c.format.add(b.format[p]! + 1, meeting);
    if (status) c.status.add(b.status[p]! + 1, meeting);
    if (heldIn) c.heldIn.add(b.heldIn[p]!, meeting);
    if (event) c.event.add(b.event[p]!, meeting);
    if (people) {
      for (let i = b.pStart[p]!, end = b.pStart[p + 1]!; i < end; i++) {
        const code = b.pCountry[i]!;
        if (country) c.country.add(code, meeting);
        if (region && code) for (const r of regionsOf[code - 1]!) c.region.add(r + 1, meeting);
        const org = b.pOrganization[i]!;
        if (organization && org) {
          for (const a of orgUp.get(org) ?? [org]) c.organization.add(a, meeting);
        }
        if (official) c.official.add(b.pOfficial[i]!, meeting);
      }
    }
    if (topic) {
      for (let i = b.tStart[p]!, end = b.tStart[p + 1]!; i < end; i++) {
        const t = b.tTopic[i]!;
        for (const a of topicUp.get(t) ?? [t]) c.topic.add(a, meeting);
      }
    }
  };
  if (ids === null) {
    for (const b of blocks) for (let p = 0; p < b.live.length; p++) add(b, p);
  } else {
    const mask = (1 << BLOCK_BITS) - 1;
    for (const id of ids) {
      const b = index.blocks.get(id >> BLOCK_BITS);
      const p = b ? b.positionOf[id & mask]! : -1;
      if (b && p >= 0) add(b, p);
    }
  }
  const names: Record<FilterKey, (v: number) => string> = {
    format: (v) => index.formats[v - 1] ?? '',
    status: (v) => index.statuses[v - 1] ?? '',
    heldIn: (v) => index.countryCodes[v - 1] ?? '',
    country: (v) => index.countryCodes[v - 1] ?? '',
    region: (v) => index.regionNames[v - 1] ?? '',
    event: String,
    organization: String,
    official: String,
    topic: String,
  };
  const out: Tallies = {};
  for (const key of keys) {
    const map = new Map<string, number>();
    c[key].counts.forEach((n, v) => {
      if (n > 0) map.set(names[key](v), n);
    });
    out[key] = map;
  }
  return out;
}
