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
  it('reads a month after "in" although "March" alone may be a verb', () => {
    expect(findDates('his official visit to Seoul in March', '2024-04-10')[0]).toMatchObject({
      date: '2024-03-01',
      precision: 'month',
    });
  });
  it('reads "14 and 15 February" as a range of two days', () => {
    expect(findDates('held on 14 and 15 February 2024', '2024-02-16')[0]).toMatchObject({
      date: '2024-02-14',
      endDate: '2024-02-15',
    });
  });
  it('reads only dates with their year when there is no publication day', () => {
    expect(findDates('They met yesterday and on 13 March', null)).toEqual([]);
    expect(findDates('They met on 13 March 2024', null)[0]?.date).toBe('2024-03-13');
  });
});
