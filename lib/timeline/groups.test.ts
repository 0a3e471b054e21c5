import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  filtersToSearchParams,
  type MeetingFilters,
  readMeetingFilters,
} from '@/lib/filters';
import {
  cellFilters,
  compactFilterQuery,
  groupMode,
  laneFilters,
  othersFilters,
  readGroup,
} from './groups';
import { cellHref } from './links';
import { isoToMs } from './time';

const f = (over: Partial<MeetingFilters> = {}): MeetingFilters => ({ ...emptyFilters, ...over });

describe('lanes as filter states', () => {
  it('reads the group from the URL, country by default', () => {
    expect(readGroup('official')).toBe('official');
    expect(readGroup('nonsense')).toBe('country');
    expect(readGroup(null)).toBe('country');
  });

  it('adds the lane value to filters that do not set the group', () => {
    const filters = f({ format: ['bilateral'], from: '2023-01-01' });
    expect(groupMode(filters, 'country')).toBe('open');
    expect(laneFilters(filters, 'country', 'KZ')).toEqual({ ...filters, country: ['KZ'] });
    expect(laneFilters(filters, 'official', '7')).toEqual({ ...filters, official: [7] });
  });

  it('within one chosen value, a lane is the meetings where the lane value also took part', () => {
    const filters = f({ official: [3] });
    expect(groupMode(filters, 'official')).toBe('within');
    expect(laneFilters(filters, 'official', '9')).toMatchObject({
      official: [3, 9],
      all: ['official'],
    });
    // The chosen value's own lane is the whole set.
    expect(laneFilters(filters, 'official', '3')).toMatchObject({ official: [3] });
    const both = f({ official: [3, 4], all: ['official'] });
    expect(groupMode(both, 'official')).toBe('within');
    expect(laneFilters(both, 'official', '9')).toMatchObject({ official: [3, 4, 9] });
  });

  it('with alternatives chosen, each chosen value is a lane of its own', () => {
    const filters = f({ country: ['KZ', 'AT'] });
    expect(groupMode(filters, 'country')).toBe('only');
    expect(laneFilters(filters, 'country', 'AT')).toMatchObject({ country: ['AT'], all: [] });
  });

  it('gathers every other value in the "others" lane', () => {
    expect(othersFilters(f(), 'topic', ['4', '12'])).toMatchObject({ topic: [4, 12] });
  });

  it('narrows a lane to a bucket inside the filters’ own dates', () => {
    const lane = f({ country: ['KZ'], from: '2023-03-10', to: '2023-12-31' });
    expect(cellFilters(lane, '2023-03-01', '2023-03-31')).toMatchObject({
      from: '2023-03-10',
      to: '2023-03-31',
    });
    expect(cellFilters(lane, '2024-01-01', '2024-01-31')).toBeNull();
    expect(cellFilters(f(), '2023-03-13', '2023-03-13')).toMatchObject({
      from: '2023-03-13',
      to: '2023-03-13',
    });
  });

  it('writes long lists compactly, and /meetings reads them back the same', () => {
    const filters = f({ official: [12, 3, 45], q: 'drugs, crime', from: '2023-01-01' });
    const query = compactFilterQuery(filters);
    expect(query).toBe('official=12,3,45&from=2023-01-01&q=drugs%2C%20crime');
    const back = readMeetingFilters(new URLSearchParams(query));
    expect(filtersToSearchParams(back).toString()).toBe(filtersToSearchParams(filters).toString());
    expect(back.q).toBe('drugs, crime');
  });
});

describe('cell links', () => {
  it('opens a lane’s meetings in a bucket, compactly for "others"', () => {
    const lane = {
      key: 'KZ',
      label: 'Kazakhstan',
      title: null,
      count: 3,
      query: 'country=KZ&format=bilateral',
    };
    expect(cellHref(lane, isoToMs('2023-03-01'), isoToMs('2023-04-01'))).toBe(
      '/meetings?country=KZ&format=bilateral&from=2023-03-01&to=2023-03-31',
    );
    const others = { ...lane, key: 'others', query: 'country=AT,TR,UZ' };
    expect(cellHref(others, isoToMs('2023-03-13'), isoToMs('2023-03-14'))).toBe(
      '/meetings?country=AT,TR,UZ&from=2023-03-13&to=2023-03-13',
    );
    const dated = { ...lane, query: 'country=KZ&to=2022-12-31' };
    expect(cellHref(dated, isoToMs('2023-03-01'), isoToMs('2023-04-01'))).toBeNull();
  });
});
