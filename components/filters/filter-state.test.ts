import { describe, expect, it } from 'vitest';
import { readMeetingFilters } from '@/lib/filters';
import { meetingsHref } from '@/lib/url-state';
import { activeChips, activeCount, clearedFilters, withMatch, withValue } from './filter-state';

const read = (query: string) => readMeetingFilters(new URLSearchParams(query));

describe('changing filters', () => {
  it('adds and removes a value, parsing ids and keeping the others', () => {
    const start = read('country=KZ&from=2023-03-01');
    const added = withValue(start, 'organization', '12', true);
    expect(added).toMatchObject({ country: ['KZ'], organization: [12], from: '2023-03-01' });
    expect(withValue(added, 'organization', '12', false).organization).toEqual([]);
    expect(withValue(added, 'country', 'AT', true).country).toEqual(['AT', 'KZ']);
  });

  it('keeps "all of these" while values are added and removed, and says so on the chips', () => {
    const both = withMatch(read('official=1&official=2'), 'official', true);
    expect(meetingsHref(both)).toBe('/meetings?official=1&official=2&all=official');
    const three = withValue(withValue(both, 'official', '2', false), 'official', '3', true);
    expect(three).toMatchObject({ official: [1, 3], all: ['official'] });
    expect(activeChips(three, () => undefined).map((c) => c.text)).toEqual([
      'Official (all of): 1',
      'Official (all of): 3',
    ]);
    expect(withMatch(three, 'official', false).all).toEqual([]);
  });

  it('clears every filter but keeps a chosen date order', () => {
    const cleared = clearedFilters(read('country=KZ&q=umarov&sort=date_asc&to=2024-01-01'));
    expect(cleared).toEqual(read('sort=date_asc'));
    // Relevance means nothing without text, so it goes with the text.
    expect(clearedFilters(read('q=umarov&sort=relevance')).sort).toBeUndefined();
  });

  it('counts each active value once, for "Filters (n)"', () => {
    expect(activeCount(read(''))).toBe(0);
    expect(activeCount(read('country=KZ&country=AT&q=x&from=2023-01-01&sort=date_asc'))).toBe(4);
  });
});

describe('active filter chips', () => {
  const labels: Record<string, string> = { 'organization:12': 'OSCE', 'country:KZ': 'Kazakhstan' };
  const labelOf = (key: string, value: string) => labels[`${key}:${value}`];

  it('names each value, text first and dates last, and knows the filters without it', () => {
    const filters = read('organization=12&organization=99&country=KZ&q=umarov&from=2023-03-01');
    const chips = activeChips(filters, labelOf);
    expect(chips.map((c) => c.text)).toEqual([
      'Search: umarov',
      'Country: Kazakhstan',
      'Organization: OSCE',
      // A value whose label is not known yet shows as itself.
      'Organization: 99',
      'Date from: 1 March 2023',
    ]);
    expect(chips.map((c) => c.label)).toEqual([
      'search “umarov”',
      'Kazakhstan',
      'OSCE',
      '99',
      'date from 1 March 2023',
    ]);
    expect(chips[2]?.without.organization).toEqual([99]);
    expect(chips[0]?.without.q).toBeUndefined();
    expect(chips[4]?.without).toMatchObject({ from: undefined, country: ['KZ'] });
  });

  it('tells apart two chips that would read the same', () => {
    const chips = activeChips(read('country=KZ&heldIn=KZ'), (_key, value) =>
      value === 'KZ' ? 'Kazakhstan' : undefined,
    );
    expect(chips.map((c) => c.label)).toEqual(['Kazakhstan (Country)', 'Kazakhstan (Held in)']);
  });
});
