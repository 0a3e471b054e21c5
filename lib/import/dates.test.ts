import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

describe('findDates', () => {
  it('reads an exact day and takes the year from the publication date', () => {
    expect(findDates('at the opening on March 13 in Vienna', '2023-03-14')[0]).toMatchObject({
      date: '2023-03-13',
      precision: 'day',
    });
  });
  it('resolves a weekday against the publication date, never into its future', () => {
    expect(findDates('In his address on Thursday, he spoke', '2023-12-01')[0]?.date).toBe(
      '2023-11-30',
    );
  });
  it('resolves today to the publication day', () => {
    expect(findDates('Today, the minister called', '2024-02-14')[0]?.date).toBe('2024-02-14');
  });
  it('moves a day without a year back a year rather than into the future', () => {
    expect(findDates('They met on 20 December', '2024-01-05')[0]?.date).toBe('2023-12-20');
  });
  it('marks the end of a running session and keeps it after the publication day', () => {
    expect(findDates('the session that will run until March 17', '2023-03-14')[0]).toMatchObject({
      date: '2023-03-17',
      until: true,
    });
  });
  it('gives a month alone month precision with its last day as end', () => {
    expect(findDates('to the Forum in June', '2023-03-14', 'future')[0]).toMatchObject({
      date: '2023-06-01',
      endDate: '2023-06-30',
      precision: 'month',
    });
  });
  it('finds no date in a sentence without one', () => {
    expect(findDates('Minister Sarah May said', '2024-03-08')).toEqual([]);
  });
});
