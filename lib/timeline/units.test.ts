import { describe, expect, it } from 'vitest';
import { DAY_MS, formatDayRange, isoToMs, msToIso } from './time';
import {
  alignToBuckets,
  bucketAt,
  bucketCount,
  bucketIndex,
  bucketLabel,
  bucketOf,
  bucketsBetween,
  bucketUnits,
  MIN_BUCKET_PX,
  tilesCovering,
  unitFor,
} from './units';

const day = isoToMs;

describe('days in UTC', () => {
  it('reads only real ISO days', () => {
    expect(msToIso(day('2024-02-29'))).toBe('2024-02-29');
    expect(day('2023-02-29')).toBeNaN();
    expect(day('2023-3-1')).toBeNaN();
  });

  it('writes a range of days the way the app writes dates', () => {
    expect(formatDayRange(day('2023-03-13'), day('2023-03-18'))).toBe('13–17 March 2023');
    expect(formatDayRange(day('2023-03-30'), day('2023-04-03'))).toBe('30 March – 2 April 2023');
    expect(formatDayRange(day('2023-03-13'), day('2023-03-14'))).toBe('13 March 2023');
    expect(formatDayRange(day('2022-12-30'), day('2023-01-02'))).toBe(
      '30 December 2022 – 1 January 2023',
    );
  });
});

describe('bucket units', () => {
  it('chooses the finest unit whose buckets are wide enough to click', () => {
    expect(unitFor(MIN_BUCKET_PX)).toBe('day');
    expect(unitFor(MIN_BUCKET_PX / 2)).toBe('week');
    expect(unitFor(1)).toBe('month');
    expect(unitFor(0.5)).toBe('quarter');
    expect(unitFor(0.1)).toBe('year');
    expect(unitFor(0.04)).toBe('year2');
    expect(unitFor(0.02)).toBe('year5');
    expect(unitFor(0.000001)).toBe('year10');
  });

  it('numbers buckets so that every unit round-trips and buckets tile time', () => {
    for (const unit of bucketUnits) {
      for (const iso of ['1969-12-31', '2023-03-13', '2024-02-29', '2031-07-01']) {
        const { start, end } = bucketOf(unit, day(iso));
        expect(start).toBeLessThanOrEqual(day(iso));
        expect(end).toBeGreaterThan(day(iso));
        expect(bucketAt(unit, bucketIndex(unit, start))).toBe(start);
        expect(bucketOf(unit, end).start).toBe(end);
      }
    }
  });

  it('aligns buckets on calendar boundaries: Monday weeks, quarters, years', () => {
    expect(msToIso(bucketOf('week', day('2023-03-15')).start)).toBe('2023-03-13');
    expect(msToIso(bucketOf('week', day('2023-03-12')).start)).toBe('2023-03-06');
    expect(msToIso(bucketOf('quarter', day('2023-05-20')).start)).toBe('2023-04-01');
    expect(msToIso(bucketOf('year5', day('2023-05-20')).start)).toBe('2020-01-01');
    expect(msToIso(bucketOf('year10', day('2023-05-20')).end)).toBe('2030-01-01');
  });

  it('names buckets as periods', () => {
    expect(bucketLabel('day', day('2023-03-13'))).toBe('13 March 2023');
    expect(bucketLabel('week', day('2023-03-13'))).toBe('13–19 March 2023');
    expect(bucketLabel('month', day('2023-03-01'))).toBe('March 2023');
    expect(bucketLabel('quarter', day('2023-04-01'))).toBe('Q2 2023');
    expect(bucketLabel('year', day('2023-01-01'))).toBe('2023');
    expect(bucketLabel('year2', day('2022-01-01'))).toBe('2022–2023');
  });

  it('lists the buckets a period overlaps, and counts them', () => {
    const months = bucketsBetween('month', day('2023-01-15'), day('2023-03-02'));
    expect(months.map(msToIso)).toEqual(['2023-01-01', '2023-02-01', '2023-03-01']);
    expect(bucketsBetween('month', day('2023-03-01'), day('2023-03-01'))).toEqual([]);
    expect(bucketCount('day', '2023-03-13', '2023-03-17')).toBe(5);
    expect(alignToBuckets('month', '2023-03-13', '2023-05-02')).toEqual({
      start: '2023-03-01',
      end: '2023-05-31',
    });
  });

  it('covers a period with aligned tiles that neither overlap nor leave gaps', () => {
    for (const unit of bucketUnits) {
      const tiles = tilesCovering(unit, day('2019-06-03'), day('2026-02-11'));
      expect(tiles[0]!.start <= '2019-06-03').toBe(true);
      expect(tiles.at(-1)!.end >= '2026-02-10').toBe(true);
      for (let i = 1; i < tiles.length; i++) {
        expect(day(tiles[i]!.start) - day(tiles[i - 1]!.end)).toBe(DAY_MS);
      }
      for (const t of tiles) {
        expect(alignToBuckets(unit, t.start, t.end)).toEqual({ start: t.start, end: t.end });
      }
    }
    // The same view asks for the same tiles wherever it starts within them (cacheable).
    expect(tilesCovering('day', day('2023-03-02'), day('2023-03-09'))).toEqual(
      tilesCovering('day', day('2023-03-03'), day('2023-03-10')),
    );
  });
});
