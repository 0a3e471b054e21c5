import { describe, expect, it } from 'vitest';
import { emptyFilters } from './filters';
import { profileFilters, rangeQuery, readProfileRange } from './profile-range';

describe('readProfileRange', () => {
  it('reads a range, either end open', () => {
    expect(readProfileRange({ from: '2023-03-01', to: '2023-03-31' })).toEqual({
      from: '2023-03-01',
      to: '2023-03-31',
    });
    expect(readProfileRange({ from: ['2023-03-01', 'x'] })).toEqual({
      from: '2023-03-01',
      to: undefined,
    });
    expect(readProfileRange({ from: '', to: '' })).toEqual({ from: undefined, to: undefined });
  });

  it('drops and names a bad range', () => {
    expect(readProfileRange({ from: '2023-04-01', to: '2023-03-01' })).toEqual({
      from: undefined,
      to: undefined,
      problem: 'The dates were ignored: “From” is after “To”.',
    });
    expect(readProfileRange({ from: '2023-02-30' })).toMatchObject({
      from: undefined,
      problem: 'A date was ignored: write dates as YYYY-MM-DD.',
    });
  });
});

describe('profileFilters and rangeQuery', () => {
  it('puts the profile’s own filter within the range', () => {
    expect(profileFilters({ official: [3] }, { from: '2023-01-01' })).toEqual({
      ...emptyFilters,
      official: [3],
      from: '2023-01-01',
      to: undefined,
    });
    expect(rangeQuery({ to: '2023-12-31' }, { tab: 'held' }).toString()).toBe(
      'tab=held&to=2023-12-31',
    );
  });
});
