import { describe, expect, it } from 'vitest';
import { DAY_MS, isoToMs } from './time';
import { axisTicks } from './ticks';
import {
  atFinestZoom,
  clampView,
  endAt,
  fitView,
  MAX_SPAN,
  MIN_SPAN,
  panView,
  readView,
  startAt,
  viewParams,
  zoomView,
} from './view';

const day = isoToMs;
const march = { start: day('2023-03-01'), end: day('2023-04-01') };
const span = (v: { start: number; end: number }) => v.end - v.start;

describe('zooming and panning the view', () => {
  it('zooms around the anchor, which stays where it was on screen', () => {
    const anchorAt = (v: typeof march, f: number) => v.start + span(v) * f;
    const zoomed = zoomView(march, 0.5, 0.25);
    expect(span(zoomed)).toBe(span(march) / 2);
    expect(anchorAt(zoomed, 0.25)).toBe(anchorAt(march, 0.25));
    const out = zoomView(march, 2);
    expect(span(out)).toBe(span(march) * 2);
    expect((out.start + out.end) / 2).toBe((march.start + march.end) / 2);
  });

  it('stops at a week and at sixty years', () => {
    let v = march;
    for (let i = 0; i < 10; i++) v = zoomView(v, 0.5);
    expect(span(v)).toBe(MIN_SPAN);
    expect(atFinestZoom(v)).toBe(true);
    expect(atFinestZoom(march)).toBe(false);
    for (let i = 0; i < 20; i++) v = zoomView(v, 2);
    expect(span(v)).toBe(MAX_SPAN);
    expect(clampView({ start: 0, end: 1 }).end - clampView({ start: 0, end: 1 }).start).toBe(
      MIN_SPAN,
    );
  });

  it('pans by a share of the span, earlier or later', () => {
    const later = panView(march, 0.5);
    expect(later.start - march.start).toBe(span(march) / 2);
    expect(span(later)).toBe(span(march));
    expect(panView(march, -1).end).toBe(march.start);
  });

  it('goes to the first or the last meeting with the same span (Home, End)', () => {
    const first = day('2021-06-10');
    const home = startAt(march, first);
    expect(home.start).toBeLessThan(first);
    expect(home.start + span(march) * 0.1).toBeGreaterThan(first);
    const last = day('2026-01-31');
    const end = endAt(march, last);
    expect(end.end).toBeGreaterThan(last);
    expect(span(end)).toBe(span(march));
  });

  it('fits a set of meetings with a margin on each side', () => {
    const v = fitView('2023-03-13', '2023-03-17');
    expect(v.start).toBeLessThan(day('2023-03-13'));
    expect(v.end).toBeGreaterThan(day('2023-03-18'));
    const years = fitView('2020-01-01', '2025-12-31');
    expect(span(years)).toBeGreaterThan(6 * 365 * DAY_MS);
  });

  it('reads the view from the URL and writes it back as whole days', () => {
    const v = readView(new URLSearchParams('start=2023-03-06&end=2023-03-26'));
    expect(v).toEqual({ start: day('2023-03-06'), end: day('2023-03-27') });
    expect(viewParams(v!)).toEqual({ start: '2023-03-06', end: '2023-03-26' });
    expect(readView(new URLSearchParams('start=2023-03-26&end=2023-03-06'))).toBeNull();
    expect(readView(new URLSearchParams('start=2023-02-30&end=2023-03-06'))).toBeNull();
    expect(readView(new URLSearchParams(''))).toBeNull();
  });
});

describe('axis ticks', () => {
  const labels = (v: typeof march, width = 1000) => axisTicks(v, width).map((t) => t.label);

  it('labels years, then months, then days as one zooms in', () => {
    const decade = { start: day('2015-01-01'), end: day('2025-01-01') };
    expect(labels(decade)).toContain('2020');
    expect(labels(decade).every((l) => /^\d{4}$/.test(l))).toBe(true);
    const year = { start: day('2023-01-01'), end: day('2024-01-01') };
    expect(labels(year)).toContain('Apr 2023');
    expect(labels(year).every((l) => /^[A-Z][a-z]{2} \d{4}$/.test(l))).toBe(true);
    expect(labels(march)).toContain('13 Mar');
    expect(labels(march).every((l) => /^\d{1,2} [A-Z][a-z]{2}$/.test(l))).toBe(true);
  });

  it('leaves room between labels, fewer on a narrow screen', () => {
    expect(axisTicks(march, 1000).length).toBeLessThanOrEqual(11);
    expect(axisTicks(march, 300).length).toBeLessThan(axisTicks(march, 1000).length);
    for (const t of axisTicks(march, 1000)) {
      expect(t.position).toBeGreaterThanOrEqual(0);
      expect(t.position).toBeLessThanOrEqual(1);
    }
  });
});
