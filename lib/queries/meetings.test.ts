import { describe, expect, it } from 'vitest';
import { readMeetingFilters } from '@/lib/filters';
import { facetsUrl, meetingQueries, type MeetingSource, searchUrl } from './meetings';

const read = (query: string) => readMeetingFilters(new URLSearchParams(query));

describe('meeting queries', () => {
  it('key the same filter state the same way however the URL spelt it', () => {
    const a = meetingQueries.search(read('organization=12&country=kz&country=AT'), 2);
    const b = meetingQueries.search(read('country=AT,KZ&organization=12'), 2);
    expect(a.queryKey).toEqual(['meetings', 'search', 'country=AT&country=KZ&organization=12', 2]);
    expect(b.queryKey).toEqual(a.queryKey);
    expect(meetingQueries.facets(read('country=KZ&sort=date_desc')).queryKey).toEqual([
      'meetings',
      'facets',
      'country=KZ',
    ]);
  });

  it('ask the API for the page and its size, and the facets for the filters alone', () => {
    const filters = read('q=umarov&sort=date_asc');
    expect(searchUrl(filters, 3)).toBe('/api/meetings?q=umarov&sort=date_asc&page=3&limit=50');
    expect(facetsUrl(filters)).toBe('/api/facets?q=umarov&sort=date_asc');
    expect(facetsUrl(read(''))).toBe('/api/facets');
  });

  it('read from the source they are given, as the server does', async () => {
    const calls: string[] = [];
    const source: MeetingSource = {
      search: async (f, page) => {
        calls.push(`search ${f.country.join()} ${page}`);
        return { total: 0, page, pageSize: 50, pageCount: 1, nextCursor: null, items: [] };
      },
      facets: async () => {
        calls.push('facets');
        return {} as Awaited<ReturnType<MeetingSource['facets']>>;
      },
    };
    const options = meetingQueries.search(read('country=KZ'), 4, source);
    const fn = options.queryFn as (ctx: { signal: AbortSignal }) => Promise<unknown>;
    await fn({ signal: new AbortController().signal });
    expect(calls).toEqual(['search KZ 4']);
  });
});
