/**
 * Every filter is defined twice: in SQL (conditions.ts) and over the in-memory index
 * (predicates.ts). This property test draws a few hundred random filter states over a generated
 * database, for a viewer and for someone who sees everything, and checks that both paths give
 * the same meetings in the same order with the same total, and the same facet counts.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Viewer, systemViewer } from '@/lib/domain/viewer';
import { type FilterKey, type MeetingFilters, emptyFilters, sortOrders } from '@/lib/filters';
import type { Db } from '../../../client';
import { generateDemoData } from '../../../demo/generate';
import { mulberry32, type Rng } from '../../../demo/random';
import { createTestDb } from '../../../testing';
import { searchMeetings } from '../../meeting-search';
import { meetingFacets } from '../facets';
import { memorySettings } from './matching-set';
import { facetIndexSettings } from './store';

const viewer: Viewer = { userId: null, role: 'viewer' };
const COMBINATIONS = 200;

let db: Db;
let values: Record<FilterKey, Array<string | number>>;
let words: string[];

const column = (query: ReturnType<typeof sql>) =>
  db.all<{ v: string | number }>(query).map((r) => r.v);

beforeAll(() => {
  db = createTestDb();
  generateDemoData(db, { meetings: 1200, seed: 11, today: '2026-06-01' });
  values = {
    country: column(
      sql`select distinct country_code as v from officials where country_code is not null`,
    ),
    heldIn: column(
      sql`select distinct country_code as v from meetings where country_code is not null`,
    ),
    region: ['Europe', 'Asia', 'Central Asia', 'Africa', 'Americas', 'Western Europe'],
    organization: column(sql`select id as v from organizations`),
    official: column(sql`select id as v from officials`),
    topic: column(sql`select id as v from topics`),
    event: column(sql`select id as v from events`),
    format: column(sql`select distinct format as v from meetings`),
    status: column(sql`select distinct status as v from meetings`),
  };
  words = column(sql`select name as v from topics`)
    .flatMap((name) => String(name).split(/\s+/))
    .filter((w) => w.length > 4);
});

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

function randomFilters(rng: Rng): MeetingFilters {
  const filters: MeetingFilters = structuredClone(emptyFilters);
  const keys = Object.keys(values) as FilterKey[];
  const count = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < count; i++) {
    const key = pick(rng, keys);
    const n = 1 + Math.floor(rng() * 3);
    const chosen = Array.from({ length: n }, () => pick(rng, values[key]));
    (filters[key] as Array<string | number>) = [...new Set(chosen)];
    if (n > 1 && rng() < 0.3) filters.all.push(key);
  }
  if (rng() < 0.4) {
    const year = 2023 + Math.floor(rng() * 4);
    filters.from = `${year}-0${1 + Math.floor(rng() * 6)}-01`;
    if (rng() < 0.6) filters.to = `${year}-12-31`;
  }
  if (rng() < 0.15) filters.q = pick(rng, words);
  if (rng() < 0.5) filters.sort = pick(rng, sortOrders);
  return filters;
}

/** The list and the facets with the in-memory path on or off. */
async function answer(who: Viewer, filters: MeetingFilters, memory: boolean) {
  memorySettings.enabled = memory;
  facetIndexSettings.enabled = memory;
  try {
    const list = await searchMeetings(db, who, filters, { limit: 100 });
    return {
      total: list.total,
      ids: list.items.map((m) => m.id),
      facets: await meetingFacets(db, who, filters),
    };
  } finally {
    memorySettings.enabled = true;
    facetIndexSettings.enabled = true;
  }
}

describe('the in-memory path and SQL', () => {
  it(`agree on ${COMBINATIONS} random filter states`, async () => {
    const rng = mulberry32(20261203);
    let nonEmpty = 0;
    for (let i = 0; i < COMBINATIONS; i++) {
      const filters = randomFilters(rng);
      const who = i % 2 ? viewer : systemViewer;
      const fromMemory = await answer(who, filters, true);
      const fromSql = await answer(who, filters, false);
      expect(fromMemory, JSON.stringify(filters)).toEqual(fromSql);
      if (fromSql.total > 0) nonEmpty++;
    }
    // The draw must exercise real matches, not only empty sets.
    expect(nonEmpty).toBeGreaterThan(COMBINATIONS / 3);
  }, 120_000);
});
