import { describe, expect, it } from 'vitest';
import {
  change,
  chartUnit,
  formatChange,
  formatSpan,
  periodOptions,
  periodParams,
  previousSpan,
  readPeriod,
} from './periods';

const today = '2026-11-29';
const read = (query: string) => readPeriod(new URLSearchParams(query), today);
const spanOf = (p: { from: string; to: string }) => [p.from, p.to];

describe('readPeriod', () => {
  it('defaults to the last 12 calendar months up to today, against the 12 before', () => {
    const p = read('');
    expect(p.choice).toBe('last-12-months');
    expect(spanOf(p)).toEqual(['2025-12-01', '2026-11-29']);
    expect(spanOf(p.previous)).toEqual(['2024-12-01', '2025-11-29']);
    expect(p.label).toBe('1 Dec 2025 – 29 Nov 2026');
  });

  it('reads this quarter to date, against the same days of the last quarter', () => {
    const p = read('period=this-quarter');
    expect(spanOf(p)).toEqual(['2026-10-01', '2026-11-29']);
    expect(spanOf(p.previous)).toEqual(['2026-07-01', '2026-08-29']);
    expect(p.previous.label).toBe('1 Jul – 29 Aug 2026');
    // Step back a month end: 31 May → 28 February.
    const may = readPeriod(new URLSearchParams('period=this-quarter'), '2026-05-31');
    expect(spanOf(may.previous)).toEqual(['2026-01-01', '2026-02-28']);
  });

  it('reads a past year whole, and the current one to date', () => {
    const y = read('period=2023');
    expect([y.choice, y.name, y.label]).toEqual(['2023', '2023', '2023']);
    expect(spanOf(y)).toEqual(['2023-01-01', '2023-12-31']);
    expect(spanOf(y.previous)).toEqual(['2022-01-01', '2022-12-31']);
    expect(spanOf(read('period=2026'))).toEqual(['2026-01-01', '2026-11-29']);
    expect(spanOf(read('period=2026').previous)).toEqual(['2025-01-01', '2025-11-29']);
  });

  it('reads custom dates, against as many days just before', () => {
    const p = read('period=custom&from=2023-03-10&to=2023-03-19');
    expect(spanOf(p)).toEqual(['2023-03-10', '2023-03-19']);
    expect(spanOf(p.previous)).toEqual(['2023-02-28', '2023-03-09']);
    expect(spanOf(read('from=2023-03-19&to=2023-03-10'))).toEqual(['2023-03-10', '2023-03-19']);
    expect(spanOf(read('period=custom&from=2026-01-05'))).toEqual(['2026-01-05', today]);
    expect(spanOf(read('period=custom&to=2024-02-29'))).toEqual(['2023-03-01', '2024-02-29']);
  });

  it('falls back to the default for what it cannot read', () => {
    for (const q of ['period=2031', 'period=decade', 'from=2023-02-30', 'period=1066']) {
      expect(read(q).choice, q).toBe('last-12-months');
    }
    // Custom dates still to be chosen: the fields open on the last 12 months.
    const custom = read('period=custom&from=2023-02-30');
    expect([custom.choice, custom.from, custom.to]).toEqual(['custom', '2025-12-01', today]);
  });
});

describe('period helpers', () => {
  it('writes the URL parameters, leaving the default out', () => {
    expect(periodParams(read('')).toString()).toBe('');
    expect(periodParams(read('period=2023')).toString()).toBe('period=2023');
    expect(periodParams(read('from=2023-01-01&to=2023-02-01')).toString()).toBe(
      'period=custom&from=2023-01-01&to=2023-02-01',
    );
  });

  it('offers presets, the years with data and custom dates', () => {
    expect(periodOptions(today, 2023).map((o) => o.value)).toEqual([
      'this-quarter',
      'last-12-months',
      '2026',
      '2025',
      '2024',
      '2023',
      'custom',
    ]);
    expect(periodOptions(today, 2030).map((o) => o.label)).toContain('2026 to date');
  });

  it('steps back by days when no month count is given', () => {
    expect(previousSpan({ from: '2024-03-01', to: '2024-03-01' }, null)).toEqual({
      from: '2024-02-29',
      to: '2024-02-29',
    });
  });

  it('measures and writes the change', () => {
    expect(change(15, 12)).toEqual({ delta: 3, ratio: 0.25 });
    expect(formatChange(change(15, 12))).toBe('+25%');
    expect(formatChange(change(9, 12))).toBe('−25%');
    expect(formatChange(change(4, 0))).toBe('new');
    expect(formatChange(change(0, 0))).toBe('no change');
    expect(formatChange(change(1001, 1000))).toBe('+<1%');
  });

  it('writes spans and picks the chart unit', () => {
    expect(formatSpan({ from: '2023-03-13', to: '2023-03-13' })).toBe('13 Mar 2023');
    expect(formatSpan({ from: '2022-12-01', to: '2023-01-31' })).toBe('1 Dec 2022 – 31 Jan 2023');
    expect(chartUnit({ from: '2023-01-01', to: '2025-12-31' })).toBe('month');
    expect(chartUnit({ from: '2023-01-01', to: '2026-01-01' })).toBe('year');
  });
});
