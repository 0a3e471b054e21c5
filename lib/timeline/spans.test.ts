import { describe, expect, it } from 'vitest';
import { meetingSpan } from './spans';
import { DAY_MS, isoToMs } from './time';

const day = isoToMs;

describe('meeting spans', () => {
  it('draws an exact day as one day', () => {
    expect(
      meetingSpan({ startDate: '2023-03-13', endDate: '2023-03-13', datePrecision: 'day' }),
    ).toEqual({ start: day('2023-03-13'), end: day('2023-03-14'), kind: 'day' });
  });

  it('draws a range ("during the session") over all its days, not as its first day', () => {
    const s = meetingSpan({
      startDate: '2023-03-13',
      endDate: '2023-03-17',
      datePrecision: 'range',
    });
    expect(s).toEqual({ start: day('2023-03-13'), end: day('2023-03-18'), kind: 'range' });
    expect((s.end - s.start) / DAY_MS).toBe(5);
  });

  it('draws a month-precision date over the whole month, not as its first day', () => {
    const s = meetingSpan({
      startDate: '2023-02-01',
      endDate: '2023-02-28',
      datePrecision: 'month',
    });
    expect(s).toEqual({ start: day('2023-02-01'), end: day('2023-03-01'), kind: 'month' });
    // Even a month stored with a stray day is the whole month.
    expect(
      meetingSpan({ startDate: '2023-12-15', endDate: '2023-12-15', datePrecision: 'month' }),
    ).toEqual({ start: day('2023-12-01'), end: day('2024-01-01'), kind: 'month' });
  });

  it('treats a one-day range as a day', () => {
    expect(
      meetingSpan({ startDate: '2023-03-13', endDate: '2023-03-13', datePrecision: 'range' }).kind,
    ).toBe('day');
  });
});
