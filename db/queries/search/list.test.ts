import { beforeAll, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import type { MeetingFilters } from '@/lib/filters';
import type { Db } from '../../client';
import { DomainError } from '../../errors';
import { createTestDb } from '../../testing';
import { searchMeetings } from '../meeting-search';
import { pageTuning } from './list';
import { memorySettings } from './memory/matching-set';
import { f, makeSearchWorld, type SearchWorld } from './test-world';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
});

/**
 * The ids the filters select, in list order, the same from every page shape: SQL walking the
 * date index or starting from the driver, and the in-memory scan paging from memory or not;
 * and the same total each way.
 */
async function ids(filters: MeetingFilters): Promise<number[]> {
  const shapes: Array<{ memory: boolean; budget: number; rankAmong?: number }> = [
    { memory: false, budget: 20_000 },
    { memory: false, budget: 0 },
    { memory: true, budget: 20_000 },
    { memory: true, budget: 0 },
    { memory: true, budget: 20_000, rankAmong: 0 },
  ];
  const results: Array<{ total: number; ids: number[] }> = [];
  try {
    for (const shape of shapes) {
      memorySettings.enabled = shape.memory;
      pageTuning.scanBudget = shape.budget;
      pageTuning.rankAmong = shape.rankAmong ?? 20_000;
      const r = await searchMeetings(db, everyone, filters, { limit: 500 });
      results.push({ total: r.total, ids: r.items.map((m) => m.id) });
    }
  } finally {
    memorySettings.enabled = true;
    pageTuning.scanBudget = 20_000;
    pageTuning.rankAmong = 20_000;
  }
  const [first, ...rest] = results;
  for (const r of rest) expect(r).toEqual(first);
  expect(first!.total).toBe(first!.ids.length);
  return first!.ids;
}

describe('sorting', () => {
  it('sorts by date either way, with the id as tiebreak', async () => {
    const { m } = w;
    const newest = [m.austria, m.planned, m.osceOnly, m.range, m.cnd, m.month, m.call];
    expect(await ids(f())).toEqual(newest);
    expect(await ids(f({ sort: 'date_desc' }))).toEqual(newest);
    // cnd and range start the same day: the id breaks the tie, the other way round.
    expect(await ids(f({ sort: 'date_asc' }))).toEqual([...newest].reverse());
  });

  it('ranks text matches by relevance by default, dates on request', async () => {
    const { m } = w;
    // "UNODC" is in the Austria meeting's title and participants, only in the CND opening's participants.
    expect(await ids(f({ q: 'unodc' }))).toEqual(
      [m.austria, m.cnd, m.range].filter((id) => id !== m.range),
    );
    expect(await ids(f({ q: 'unodc', sort: 'date_asc' }))).toEqual([m.cnd, m.austria]);
    expect(await ids(f({ sort: 'relevance' }))).toEqual(await ids(f()));
  });
});

describe('pagination', () => {
  const walk = async (filters: MeetingFilters, limit: number) => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await searchMeetings(db, everyone, filters, { limit, cursor });
      pages++;
      expect(r.page).toBe(pages);
      seen.push(...r.items.map((m) => m.id));
      cursor = r.nextCursor;
    } while (cursor && pages < 100);
    return seen;
  };

  it.each([
    ['date_desc', f()],
    ['date_asc', f({ sort: 'date_asc' })],
    ['relevance', f({ q: 'drug' })],
    ['filtered', f({ heldIn: ['AT'], sort: 'date_asc' })],
  ])('walks the whole set by cursor with no duplicates or gaps (%s)', async (_, filters) => {
    const all = await ids(filters);
    expect(all.length).toBeGreaterThan(1);
    for (const limit of [1, 2, 3]) expect(await walk(filters, limit)).toEqual(all);
    pageTuning.scanBudget = 0;
    try {
      expect(await walk(filters, 2)).toEqual(all);
    } finally {
      pageTuning.scanBudget = 20_000;
    }
  });

  it('pages by number, clamped to the pages that exist', async () => {
    const all = await ids(f());
    const second = await searchMeetings(db, everyone, f(), { limit: 3, page: 2 });
    expect(second).toMatchObject({ page: 2, pageCount: 3, pageSize: 3, total: 7 });
    expect(second.items.map((m) => m.id)).toEqual(all.slice(3, 6));
    const far = await searchMeetings(db, everyone, f(), { limit: 3, page: 99 });
    expect(far.page).toBe(3);
    expect(far.items.map((m) => m.id)).toEqual(all.slice(6));
    expect(far.nextCursor).toBeNull();
  });

  it('rejects a cursor it did not give out, or one of another sort', async () => {
    await expect(searchMeetings(db, everyone, f(), { cursor: 'nonsense' })).rejects.toBeInstanceOf(
      DomainError,
    );
    const first = await searchMeetings(db, everyone, f(), { limit: 2 });
    await expect(
      searchMeetings(db, everyone, f({ sort: 'date_asc' }), { cursor: first.nextCursor }),
    ).rejects.toBeInstanceOf(DomainError);
  });
});

describe('filters that need all their values', () => {
  it('keeps only the meetings where every selected official took part', async () => {
    const { umarov, waly } = w.people;
    const any = f({ official: [umarov, waly] });
    expect(await ids(any)).toEqual([w.m.austria, w.m.range, w.m.cnd, w.m.call]);
    expect(await ids({ ...any, all: ['official'] })).toEqual([w.m.cnd]);
  });

  it('needs every country, and each organization with its sub-organizations', async () => {
    expect(await ids(f({ country: ['KZ', 'UZ'], all: ['country'] }))).toEqual([w.m.call]);
    // UNODC sits under the UN: "UN and UNODC" is met by UNODC alone.
    expect(await ids(f({ organization: [w.org.un, w.org.unodc], all: ['organization'] }))).toEqual(
      await ids(f({ organization: [w.org.unodc] })),
    );
  });

  it('is the same as "any" with a single value', async () => {
    const one = f({ official: [w.people.umarov] });
    expect(await ids({ ...one, all: ['official'] })).toEqual(await ids(one));
  });
});

describe('the in-memory scan', () => {
  it('ranks text among the other filters as SQL does', async () => {
    expect(await ids(f({ q: 'umarov', country: ['KZ'] }))).toHaveLength(3);
    expect(await ids(f({ q: 'drug', topic: [w.topic.security] }))).not.toHaveLength(0);
    expect(await ids(f({ q: 'umarov', from: '2023-03-14', sort: 'date_asc' }))).toEqual([
      w.m.range,
    ]);
  });

  it('follows a region, a held-in country, an event and a status like SQL', async () => {
    expect(await ids(f({ region: ['Central Asia'], heldIn: ['AT'], event: [w.event] }))).toEqual([
      w.m.range,
      w.m.cnd,
    ]);
    expect(await ids(f({ status: ['planned', 'cancelled'] }))).toEqual([w.m.planned, w.m.call]);
  });
});
