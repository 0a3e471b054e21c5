import { describe, expect, it } from 'vitest';
import { readMeetingFilters } from '@/lib/filters';
import { toSearchParams } from '@/lib/url-state';
import { workbenchUrl } from './workbench-url';

const read = (query: string) => readMeetingFilters(new URLSearchParams(query));

describe('the workbench state in the URL', () => {
  it('reads a page’s searchParams object, repeated keys kept', () => {
    const params = toSearchParams({ country: ['KZ', 'AT'], q: 'umarov', page: '3', x: undefined });
    expect(params.toString()).toBe('country=KZ&country=AT&q=umarov&page=3');
    expect(workbenchUrl.read(params)).toMatchObject({
      filters: { country: ['KZ', 'AT'], q: 'umarov' },
      page: 3,
    });
  });

  it('reads a missing, zero or malformed page as the first', () => {
    for (const page of ['', '0', '-2', 'two', '1e3']) {
      expect(workbenchUrl.read(new URLSearchParams({ page })).page).toBe(1);
    }
  });

  it('writes the canonical URL, with the page only past the first', () => {
    const filters = read('organization=12&country=kz&q=umarov&sort=relevance');
    expect(workbenchUrl.href({ filters, page: 1 })).toBe(
      '/meetings?country=KZ&organization=12&q=umarov',
    );
    expect(workbenchUrl.href({ filters, page: 2 })).toBe(
      '/meetings?country=KZ&organization=12&q=umarov&page=2',
    );
    expect(workbenchUrl.href({ filters: read(''), page: 1 })).toBe('/meetings');
  });
});
