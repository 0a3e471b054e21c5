import { beforeAll, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import { type MeetingFilters, readMeetingFilters } from '@/lib/filters';
import { cellFilters, OTHERS, type TimelineGroup } from '@/lib/timeline/groups';
import type { TimelineSummary, TimelineTile } from '@/lib/timeline/types';
import { bucketOf, type BucketUnit } from '@/lib/timeline/units';
import { DAY_MS, isoToMs, msToIso } from '@/lib/timeline/time';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { countMeetings } from './meeting-search';
import { f, makeSearchWorld, type SearchWorld } from './search/test-world';
import { TILE_LIMITS, timelineSummary, timelineTile } from './timeline';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
});

const filtersOf = (query: string) => readMeetingFilters(new URLSearchParams(query));

/** Every lane's count is the count of the meetings its link opens. */
async function expectLaneCounts(summary: TimelineSummary) {
  for (const lane of summary.lanes) {
    expect(await countMeetings(db, everyone, filtersOf(lane.query)), lane.label).toBe(lane.count);
  }
}

/** Every bucket's count is the count of its lane's meetings in the bucket's days. */
async function expectBucketCounts(summary: TimelineSummary, tile: TimelineTile) {
  let checked = 0;
  for (const lane of tile.lanes) {
    const query = summary.lanes.find((l) => l.key === lane.key)!.query;
    for (const b of lane.buckets) {
      const { end } = bucketOf(tile.unit, isoToMs(b.start));
      const cell = cellFilters(filtersOf(query), b.start, msToIso(end - DAY_MS))!;
      expect(await countMeetings(db, everyone, cell), `${lane.key} ${b.start}`).toBe(b.count);
      checked++;
    }
  }
  return checked;
}

async function tileOf(
  filters: MeetingFilters,
  group: TimelineGroup,
  unit: BucketUnit,
  start: string,
  end: string,
  laneLimit = 12,
) {
  const summary = await timelineSummary(db, everyone, filters, group, { laneLimit });
  const lanes = summary.lanes.filter((l) => l.key !== OTHERS).map((l) => l.key);
  const others = summary.lanes.some((l) => l.key === OTHERS);
  const tile = await timelineTile(db, everyone, filters, {
    group,
    lanes,
    others,
    unit,
    start,
    end,
  });
  return { summary, tile };
}

describe('timeline lanes', () => {
  it('makes a lane per country, most meetings first, with the counts of their links', async () => {
    const s = await timelineSummary(db, everyone, f(), 'country');
    expect(s.mode).toBe('open');
    expect(s.lanes.map((l) => [l.label, l.count])).toEqual([
      ['Kazakhstan', 3],
      ['Slovakia', 2],
      ['Austria', 1],
      ['Türkiye', 1],
      ['Uzbekistan', 1],
    ]);
    expect(s.total).toBe(await countMeetings(db, everyone, f()));
    expect(s.total).toBe(7);
    expect([s.first, s.last]).toEqual(['2022-12-01', '2024-01-10']);
    await expectLaneCounts(s);
  });

  it('gathers the values past the limit in an "others" lane that links to them', async () => {
    const s = await timelineSummary(db, everyone, f(), 'country', { laneLimit: 2 });
    expect(s.lanes.map((l) => l.key)).toEqual(['KZ', 'SK', OTHERS]);
    const others = s.lanes[2]!;
    expect(others.label).toBe('Other countries');
    expect(filtersOf(others.query).country.sort()).toEqual(['AT', 'TR', 'UZ']);
    // The call with Uzbekistan is also Kazakhstan's: lanes overlap, each counts its own.
    expect(others.count).toBe(3);
    await expectLaneCounts(s);
  });

  it('counts an organization’s lane with the organizations under it, as its filter does', async () => {
    const s = await timelineSummary(db, everyone, f(), 'organization');
    const un = s.lanes.find((l) => l.key === String(w.org.un))!;
    expect(un).toMatchObject({ label: 'UN', title: 'United Nations', count: 3 });
    await expectLaneCounts(s);
    const topics = await timelineSummary(db, everyone, f(), 'topic');
    expect(topics.lanes[0]).toMatchObject({ label: 'Security', count: 3 });
    await expectLaneCounts(topics);
  });

  it('within one chosen official, makes a lane of each official met alongside', async () => {
    const filters = f({ official: [w.people.umarov] });
    const s = await timelineSummary(db, everyone, filters, 'official');
    expect(s.mode).toBe('within');
    expect(s.lanes[0]).toMatchObject({ label: 'Kairat Umarov', count: 3 });
    expect(s.lanes.map((l) => l.label)).toContain('Bakhtiyor Saidov');
    expect(s.lanes.some((l) => l.key === OTHERS)).toBe(false);
    await expectLaneCounts(s);
  });

  it('with countries chosen as alternatives, makes a lane of each of them only', async () => {
    const s = await timelineSummary(db, everyone, f({ country: ['KZ', 'AT'] }), 'country');
    expect(s.lanes.map((l) => l.key)).toEqual(['KZ', 'AT']);
    await expectLaneCounts(s);
  });

  it('leaves deleted meetings out', async () => {
    const s = await timelineSummary(db, everyone, f({ event: [w.event] }), 'official');
    expect(s.total).toBe(2);
    expect(s.lanes.find((l) => l.label === 'Peter Launsky-Tieffenthal')).toBeUndefined();
  });
});

describe('timeline tiles', () => {
  it('counts each day a range or a month-precision meeting may have been on', async () => {
    const { summary, tile } = await tileOf(f(), 'country', 'day', '2023-03-01', '2023-03-31');
    const kz = tile.lanes.find((l) => l.key === 'KZ')!;
    // The opening on the 13th and the side event from the 13th to the 17th.
    expect(kz.buckets).toEqual([
      { start: '2023-03-13', count: 2 },
      ...['14', '15', '16', '17'].map((d) => ({ start: `2023-03-${d}`, count: 1 })),
    ]);
    // "March 2023" for Türkiye: every day of the month, not the first.
    expect(tile.lanes.find((l) => l.key === 'TR')!.buckets).toHaveLength(31);
    expect(await expectBucketCounts(summary, tile)).toBeGreaterThan(60);
  });

  it('counts months, quarters and years like the list does, inside the date filter', async () => {
    for (const unit of ['week', 'month', 'quarter', 'year'] as const) {
      const { summary, tile } = await tileOf(f(), 'country', unit, '2022-01-01', '2024-12-31', 2);
      expect(await expectBucketCounts(summary, tile)).toBeGreaterThan(2);
    }
    const dated = f({ from: '2023-03-15', to: '2023-12-31' });
    const { summary, tile } = await tileOf(
      dated,
      'organization',
      'month',
      '2023-01-01',
      '2023-12-31',
    );
    // The side event (13–17 March) overlaps the filter; the opening on the 13th does not.
    expect(tile.lanes.find((l) => l.key === String(w.org.un))!.buckets).toEqual([
      { start: '2023-03-01', count: 1 },
    ]);
    await expectBucketCounts(summary, tile);
  });

  it('sends the meetings of sparse lanes with their events and people, counts for the rest', async () => {
    const { tile } = await tileOf(f(), 'country', 'month', '2023-01-01', '2023-12-31');
    const kz = tile.meetings.filter((m) => m.lanes.includes('KZ')).map((m) => m.id);
    expect(kz.sort()).toEqual([w.m.cnd, w.m.range].sort());
    const range = tile.meetings.find((m) => m.id === w.m.range)!;
    expect(range).toMatchObject({ datePrecision: 'range', endDate: '2023-03-17', peopleCount: 2 });
    expect(range.people[0]).toEqual({ name: 'Kairat Umarov', affiliation: 'Kazakhstan' });
    expect(tile.events).toEqual([
      { id: w.event, name: '66th CND session', startDate: '2023-03-13', endDate: '2023-03-17' },
    ]);
    // Zoomed out to quarters, counts only.
    const coarse = await tileOf(f(), 'country', 'quarter', '2023-01-01', '2023-12-31');
    expect(coarse.tile.meetings).toEqual([]);
    expect(coarse.tile.lanes.find((l) => l.key === 'KZ')).toMatchObject({ detailed: false });
    const before = { ...TILE_LIMITS };
    TILE_LIMITS.lane = 1;
    try {
      const sparse = await tileOf(f(), 'country', 'month', '2023-01-01', '2023-12-31');
      expect(sparse.tile.lanes.find((l) => l.key === 'KZ')!.detailed).toBe(false);
      expect(sparse.tile.meetings.some((m) => m.lanes.includes('KZ'))).toBe(false);
      expect(sparse.tile.lanes.find((l) => l.key === 'AT')!.detailed).toBe(true);
    } finally {
      Object.assign(TILE_LIMITS, before);
    }
  });
});
