import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  filtersToSearchParams,
  parseMeetingFilters,
  readMeetingFilters,
} from './filters';

const q = (s: string) => new URLSearchParams(s);

describe('meeting filters in the URL', () => {
  it('reads repeated and comma-separated values, and round-trips canonically', () => {
    const r = parseMeetingFilters(
      q('country=kz&country=AT&organization=12,3&from=2023-03-01&q=Umar'),
    );
    expect(r).toMatchObject({
      ok: true,
      filters: { country: ['KZ', 'AT'], organization: [12, 3], from: '2023-03-01', q: 'Umar' },
    });
    if (!r.ok) return;
    expect(filtersToSearchParams(r.filters).toString()).toBe(
      'country=AT&country=KZ&organization=12&organization=3&from=2023-03-01&q=Umar',
    );
  });

  it('keeps "all" only for filters where it changes the meaning', () => {
    const r = parseMeetingFilters(q('official=2&official=1&topic=5&all=official,topic'));
    expect(r).toMatchObject({ ok: true, filters: { all: ['official', 'topic'] } });
    if (!r.ok) return;
    // One topic: "all" and "any" are the same, so the canonical link leaves it out.
    expect(filtersToSearchParams(r.filters).toString()).toBe(
      'official=1&official=2&topic=5&all=official',
    );
    expect(parseMeetingFilters(q('all=everyone'))).toMatchObject({
      ok: false,
      errors: { all: expect.stringContaining('all must name a filter') },
    });
    expect(readMeetingFilters(q('official=1&official=2&all=everyone,official')).all).toEqual([
      'official',
    ]);
  });

  it('names each bad parameter when parsing strictly', () => {
    const r = parseMeetingFilters(q('country=Kazakhstan&official=abc&from=2023-13-01&sort=best'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['country', 'from', 'official', 'sort']);
    expect(r.errors.country).toMatch(/^country must be an ISO/);
  });

  it('rejects a from after to', () => {
    const r = parseMeetingFilters(q('from=2024-01-02&to=2024-01-01'));
    expect(r).toMatchObject({ ok: false, errors: { from: expect.stringMatching(/^from /) } });
  });

  it('drops bad values leniently for pages, keeping the good ones', () => {
    const f = readMeetingFilters(
      q('country=KZ&country=nope&official=7&official=x&from=bad&to=2024-01-01'),
    );
    expect(f).toMatchObject({ country: ['KZ'], official: [7], to: '2024-01-01' });
    expect(f.from).toBeUndefined();
  });

  it('sorts by relevance only with text', () => {
    expect(effectiveSort({ q: 'osce' })).toBe('relevance');
    expect(effectiveSort({ sort: 'relevance' })).toBe('date_desc');
    expect(effectiveSort({ q: 'osce', sort: 'date_asc' })).toBe('date_asc');
  });

  it('has one message per rule', () => {
    const errors = (query: string) => {
      const r = parseMeetingFilters(q(query));
      return r.ok ? {} : r.errors;
    };
    expect(errors('official=abc')).toEqual({ official: 'official must be a number.' });
    expect(errors('topic=1.5')).toEqual({ topic: 'topic must be a whole number.' });
    expect(errors('event=-3')).toEqual({ event: 'event must be a positive id.' });
    expect(errors(`region=${'x'.repeat(81)}`).region).toMatch(/^region is too long/);
    expect(errors('format=lunch').format).toMatch(/^format must be one of bilateral, /);
    expect(errors(`q=${'x'.repeat(501)}`).q).toMatch(/^q is too long/);
    expect(errors('to=2023-02-30')).toEqual({ to: 'to must be a date written YYYY-MM-DD.' });
    expect(errors('heldIn=at&status=held&region=Central%20Asia')).toEqual({});
    expect(readMeetingFilters(q('heldIn=at')).heldIn).toEqual(['AT']);
  });
});
