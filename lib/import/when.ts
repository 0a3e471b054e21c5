import { findDates, type DateMention } from './dates';
import type { DatePrecision } from './types';

/** A meeting's date as a draft holds it. */
export interface DateValue {
  date: string;
  endDate: string | null;
  precision: DatePrecision;
}

/** A date mention as a draft date: a range has both ends, a month its first day. */
export function toValue(m: DateMention): DateValue {
  if (m.precision === 'month') return { date: m.date, endDate: null, precision: 'month' };
  if (m.endDate && m.endDate !== m.date)
    return { date: m.date, endDate: m.endDate, precision: 'range' };
  return { date: m.date, endDate: null, precision: 'day' };
}

/** An event's dates as a draft date: one day, or the range. */
export function eventValue(start: string | null, end: string | null): DateValue | null {
  if (!start) return null;
  if (!end || end === start) return { date: start, endDate: null, precision: 'day' };
  return { date: start, endDate: end, precision: 'range' };
}

/** The date a clause gives for what happened, nearest to its verb (after it first); or null. */
export function clauseDate(
  clause: string,
  verb: [number, number],
  published: string | null,
): DateValue | null {
  const dates = findDates(clause, published).filter((d) => !d.until);
  const best = dates
    .map((d) => ({
      d,
      // A day beats a month: "on Monday …, where ministers meet in April, June and October".
      gap:
        (d.start >= verb[1] ? d.start - verb[1] : (verb[0] - d.end) * 1.5) +
        (d.precision === 'month' ? 1000 : 0),
    }))
    .sort((a, b) => a.gap - b.gap)[0]?.d;
  return best ? toValue(best) : null;
}

/** "The same day", "later in the day": the date of the meeting told before. */
export const SAME_DAY =
  /\b(?:(?:on )?the same day|later (?:in|that) (?:the )?day|later that day|that same day|the same afternoon|in the (?:afternoon|evening))\b/i;

/** "The following day", "the day before": a day after or before the meeting told before. */
export const NEXT_DAY = /\b(?:the (?:following|next) day|a day later|the day after)\b/i;
export const PREVIOUS_DAY =
  /\b(?:the (?:previous|preceding) day|the day before|a day earlier|the eve)\b/i;

/** A day moved by `days`; months and ranges stay as they are. */
export function shiftValue(v: DateValue | null, days: number): DateValue | null {
  if (!v || v.precision !== 'day') return v;
  const d = new Date(`${v.date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { ...v, date: d.toISOString().slice(0, 10) };
}

/** "Two days later": days after the meeting told before. */
export const LATER = /\b(a|one|two|three|four|five|six|\d+)\s+days?\s+later\b/i;
const NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/** "two" → 2, "3" → 3. */
export function daysIn(word: string): number {
  return NUMBERS[word.toLowerCase()] ?? Number(word);
}
