import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { type DayPattern, formatIsoDay, isoOfDate, isRealIsoDay, lastDayOfMonth } from './calendar';

const patterns: DayPattern[] = [
  'd',
  'd MMM',
  'd MMMM',
  'd MMM yyyy',
  'd MMMM yyyy',
  'MMM yyyy',
  'MMMM yyyy',
  'yyyy-MM-dd',
];

describe('calendar days', () => {
  it('format as date-fns does, on every day of a leap year', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      for (const pattern of patterns) {
        expect(formatIsoDay(iso, pattern), `${iso} ${pattern}`).toBe(
          format(parseISO(iso), pattern),
        );
      }
    }
    expect(formatIsoDay('2023-09-05', 'd MMM yyyy')).toBe('5 Sep 2023');
  });

  it('tell real days from impossible ones', () => {
    expect(isRealIsoDay('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-4-1', '20230401', '']) {
      expect(isRealIsoDay(bad), bad).toBe(false);
    }
  });

  it('know the end of each month', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2023-02-10')).toBe('2023-02-28');
    expect(lastDayOfMonth('2023-12')).toBe('2023-12-31');
  });

  it('write a local date as its calendar day', () => {
    expect(isoOfDate(new Date(2023, 2, 5, 23, 59))).toBe('2023-03-05');
  });
});
