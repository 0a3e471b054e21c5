import { findDates } from './dates';
import { FUTURE } from './lexicon';
import { findPlaces } from './places';
import type { Sentence } from './sentences';
import type { DateValue } from './when';

/** A visit the release tells of: to which countries, when, and whether it is official. */
export interface Visit {
  sentence: number;
  countries: string[];
  cities: { city: string; code: string }[];
  date: DateValue | null;
  /** An official or state visit: its meetings with the hosts have the format `visit`. */
  official: boolean;
}

// "official visit to Peru", "the official visit of Minister X to Peru".
const VISIT =
  /\b((?:official|state|working|\S+-day|first)\s+)*visits?\s+(?:of\s+[^.;]{0,80}?\s+)?to\s+/giu;

/** Every visit held (not planned) that a sentence names. */
export function findVisits(sentences: Sentence[], published: string | null): Visit[] {
  const out: Visit[] = [];
  sentences.forEach((s, i) => {
    VISIT.lastIndex = 0;
    for (let m = VISIT.exec(s.text); m; m = VISIT.exec(s.text)) {
      if (FUTURE.test(s.text.slice(Math.max(0, m.index - 50), m.index))) continue;
      const after = s.text.slice(m.index + m[0].length);
      const list =
        /^(?:(?:the|of|and)\s+|[\p{Lu}][\p{L}\p{M}'’-]*\s*|,\s*)+/u.exec(after)?.[0] ?? '';
      const places = findPlaces(list).filter((p) => p.kind !== 'demonym');
      const official = /\b(?:official|state)\b/i.test(m[0]);
      // "It is the first visit to Ghana …" retells the official visit just named.
      const again = out.some(
        (v) => v.official && places.every((p) => v.countries.includes(p.code)),
      );
      if (!places.length || (again && !official)) continue;
      out.push({
        sentence: i,
        countries: [...new Set(places.map((p) => p.code))],
        cities: places
          .filter((p) => p.kind === 'city')
          .map((p) => ({ city: p.city!, code: p.code })),
        date: visitDate(s.text, m.index, published),
        official,
      });
    }
  });
  return out;
}

// The date closest to the word "visit", after it rather than before.
function visitDate(text: string, at: number, published: string | null): DateValue | null {
  const dates = findDates(text, published).filter((d) => !d.until);
  const best = dates
    .map((d) => ({ d, gap: d.start >= at ? d.start - at : (at - d.end) * 3 }))
    .sort((a, b) => a.gap - b.gap)[0]?.d;
  if (!best) return null;
  if (best.precision === 'month') return { date: best.date, endDate: null, precision: 'month' };
  if (best.endDate) return { date: best.date, endDate: best.endDate, precision: 'range' };
  return { date: best.date, endDate: null, precision: 'day' };
}
