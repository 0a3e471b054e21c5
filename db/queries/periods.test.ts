import { beforeAll, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { countMeetings } from './meeting-search';
import { meetingsPerPeriod, type PeriodCount, periodsBetween } from './periods';
import { f, makeSearchWorld, type SearchWorld } from './search/test-world';
import { addMeeting } from './test-data';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
  // 30 March – 2 April 2023: counts in March and in April.
  await addMeeting(db, w, [w.people.umarov, w.people.launsky], '2023-03-30', {
    title: 'Across the month end',
    datePrecision: 'range',
    endDate: '2023-04-02',
    format: 'visit',
  });
});

/** Every bar and every part counts exactly the meetings its filters select. */
async function expectAgrees(rows: PeriodCount[]) {
  for (const row of rows) {
    expect(row.count, row.period).toBe(await countMeetings(db, everyone, row.filters));
    for (const part of row.parts ?? []) {
      expect(part.count, `${row.period} ${part.value}`).toBe(
        await countMeetings(db, everyone, part.filters),
      );
    }
  }
}

const spring = { from: '2022-12-01', to: '2023-04-30' };

describe('periodsBetween', () => {
  it('lists whole months and years, clipping the first and last to the range', () => {
    expect(periodsBetween('month', '2023-01-15', '2023-03-10')).toEqual([
      { period: '2023-01', from: '2023-01-15', to: '2023-01-31' },
      { period: '2023-02', from: '2023-02-01', to: '2023-02-28' },
      { period: '2023-03', from: '2023-03-01', to: '2023-03-10' },
    ]);
    expect(periodsBetween('year', '2023-06-01', '2024-12-31')).toEqual([
      { period: '2023', from: '2023-06-01', to: '2023-12-31' },
      { period: '2024', from: '2024-01-01', to: '2024-12-31' },
    ]);
    expect(periodsBetween('month', '2024-02-01', '2024-02-29')).toEqual([
      { period: '2024-02', from: '2024-02-01', to: '2024-02-29' },
    ]);
  });
});

describe('meetingsPerPeriod', () => {
  it('counts per month with overlap semantics, empty months included', async () => {
    const rows = await meetingsPerPeriod(db, everyone, f(), 'month', spring);
    expect(rows.map((r) => [r.period, r.count])).toEqual([
      ['2022-12', 1], // the cancelled call
      ['2023-01', 0],
      ['2023-02', 0],
      // plenary, side event, month-precision meeting, OSCE briefing, the spanning visit; the
      // deleted meeting never counts
      ['2023-03', 5],
      ['2023-04', 2], // the planned video call and the spanning visit
    ]);
    expect(rows[3]!.filters).toEqual(f({ from: '2023-03-01', to: '2023-03-31' }));
    await expectAgrees(rows);
  });

  it('counts per year', async () => {
    const rows = await meetingsPerPeriod(db, everyone, f(), 'year', {
      from: '2022-01-01',
      to: '2024-12-31',
    });
    expect(rows.map((r) => [r.period, r.count])).toEqual([
      ['2022', 1],
      ['2023', 6],
      ['2024', 1],
    ]);
    await expectAgrees(rows);
  });

  it('splits by format into parts that add up to the bar', async () => {
    const rows = await meetingsPerPeriod(db, everyone, f(), 'month', spring, 'format');
    const march = rows.find((r) => r.period === '2023-03')!;
    // In the schema's order of formats; the month meeting Çavuşoğlu–Lajčák is a bilateral.
    expect(march.parts!.map((p) => [p.value, p.label, p.count])).toEqual([
      ['bilateral', 'Bilateral', 1],
      ['multilateral', 'Multilateral', 1],
      ['visit', 'Visit', 1],
      ['plenary', 'Plenary', 1],
      ['side_event', 'Side event', 1],
    ]);
    for (const row of rows) {
      expect(row.parts!.reduce((n, p) => n + p.count, 0)).toBe(row.count);
    }
    expect(rows[1]!.parts).toEqual([]);
    await expectAgrees(rows);
  });

  it('splits by region, a meeting counting once under each region it has participants from', async () => {
    const rows = await meetingsPerPeriod(db, everyone, f(), 'month', spring, 'region');
    const march = rows.find((r) => r.period === '2023-03')!;
    // Asia: the plenary and side event (KZ), Çavuşoğlu–Lajčák (TR), the visit (KZ);
    // Europe: Çavuşoğlu–Lajčák (SK), the visit (AT); the OSCE briefing has no country.
    expect(march.parts!.map((p) => [p.value, p.count])).toEqual([
      ['Asia', 4],
      ['Europe', 2],
    ]);
    expect(march.parts![0]!.filters).toEqual(
      f({ from: '2023-03-01', to: '2023-03-31', region: ['Asia'] }),
    );
    await expectAgrees(rows);
  });

  it('applies the other filters to every bar and part', async () => {
    const kz = f({ country: ['KZ'] });
    await expectAgrees(await meetingsPerPeriod(db, everyone, kz, 'month', spring, 'region'));
    await expectAgrees(await meetingsPerPeriod(db, everyone, kz, 'month', spring, 'format'));
    const together = f({ official: [w.people.umarov, w.people.launsky], all: ['official'] });
    const rows = await meetingsPerPeriod(db, everyone, together, 'month', spring, 'format');
    expect(rows.map((r) => r.count)).toEqual([0, 0, 0, 1, 1]);
    expect(rows[3]!.parts!.map((p) => p.value)).toEqual(['visit']);
    await expectAgrees(rows);
    const topic = f({ topic: [w.topic.narcotics], format: ['plenary', 'bilateral'] });
    const byFormat = await meetingsPerPeriod(db, everyone, topic, 'year', spring, 'format');
    expect(byFormat.map((r) => r.parts!.map((p) => p.value))).toEqual([[], ['plenary']]);
    await expectAgrees(byFormat);
  });

  it('combines region parts with region filters wherever one filter state can say it', async () => {
    const europe = await meetingsPerPeriod(
      db,
      everyone,
      f({ region: ['Europe'] }),
      'month',
      spring,
      'region',
    );
    const march = europe.find((r) => r.period === '2023-03')!;
    expect(march.parts!.map((p) => [p.value, p.count])).toEqual([
      ['Asia', 2],
      ['Europe', 2],
    ]);
    expect(march.parts![0]!.filters.all).toEqual(['region']);
    await expectAgrees(europe);
    const either = f({ region: ['Europe', 'Central Asia'] });
    const rows = await meetingsPerPeriod(db, everyone, either, 'month', spring, 'region');
    // "Asia" is neither alternative: meetings with (Europe or Central Asia) and Asia is no one
    // filter state, so that part is left out rather than shown with the wrong link.
    expect(rows.flatMap((r) => r.parts!.map((p) => p.value))).not.toContain('Asia');
    await expectAgrees(rows);
  });

  it("narrows to the filters' own dates and clips the periods", async () => {
    const rows = await meetingsPerPeriod(
      db,
      everyone,
      f({ from: '2023-03-15', to: '2023-04-01' }),
      'month',
      spring,
    );
    expect(rows.map((r) => [r.period, r.from, r.to, r.count])).toEqual([
      ['2023-03', '2023-03-15', '2023-03-31', 4], // side event, month meeting, OSCE, visit
      ['2023-04', '2023-04-01', '2023-04-01', 1], // the visit
    ]);
    await expectAgrees(rows);
    expect(
      await meetingsPerPeriod(db, everyone, f({ from: '2025-01-01' }), 'month', spring),
    ).toEqual([]);
  });

  it('never counts deleted meetings', async () => {
    const rows = await meetingsPerPeriod(db, everyone, f({ event: [w.event] }), 'month', spring);
    expect(rows.find((r) => r.period === '2023-03')!.count).toBe(2);
    await expectAgrees(rows);
  });
});
