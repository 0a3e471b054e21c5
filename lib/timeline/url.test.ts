import { describe, expect, it } from 'vitest';
import { isoToMs } from './time';
import { timelineUrl } from './url';

describe('the timeline’s URL', () => {
  it('holds the filters of /meetings, the grouping and the period', () => {
    const state = timelineUrl.read(
      new URLSearchParams(
        'country=kz&format=bilateral&group=official&start=2023-03-06&end=2023-03-26',
      ),
    );
    expect(state.filters).toMatchObject({ country: ['KZ'], format: ['bilateral'] });
    expect(state.group).toBe('official');
    expect(state.view).toEqual({ start: isoToMs('2023-03-06'), end: isoToMs('2023-03-27') });
    expect(timelineUrl.href(state)).toBe(
      '/timeline?country=KZ&format=bilateral&group=official&start=2023-03-06&end=2023-03-26',
    );
  });

  it('leaves out the default grouping and a missing period, and drops bad values', () => {
    const state = timelineUrl.read(new URLSearchParams('group=planet&start=2023-13-01&country=K'));
    expect(state).toMatchObject({ group: 'country', view: null });
    expect(state.filters.country).toEqual([]);
    expect(timelineUrl.href(state)).toBe('/timeline');
  });
});
