import type { EventInfo } from './event';
import type { Dateline } from './layout';
import type { Draft } from './meetings';
import type { Person } from './people';
import type { Sentence } from './sentences';
import { findCities, findCountriesIn, unknownCity } from './venue';
import type { Visit } from './visit';
import {
  clauseDate,
  daysIn,
  LATER,
  eventValue,
  NEXT_DAY,
  PREVIOUS_DAY,
  SAME_DAY,
  shiftValue,
  type DateValue,
} from './when';

/** What the whole release says around its meetings. */
export interface Setting {
  sentences: Sentence[];
  published: string | null;
  host: Person | null;
  dateline: Dateline | null;
  event: EventInfo | null;
  visits: Visit[];
}

/** A draft with its date, venue and event settled. */
export interface Settled {
  draft: Draft;
  date: DateValue | null;
  city: string | null;
  countryCode: string | null;
  inEvent: boolean;
  visit: Visit | null;
}

/** Settles dates, venues and events, meeting by meeting, in the order the text tells them. */
export function settle(drafts: Draft[], setting: Setting): Settled[] {
  const out: Settled[] = [];
  for (const d of drafts) {
    const visit = visitOf(d, setting);
    const own = clauseDate(d.clause, d.verb, setting.published);
    const prev = out[out.length - 1];
    let date = own;
    const later = LATER.exec(d.clause);
    if (!date && prev && later) date = shiftValue(prev.date, daysIn(later[1]!));
    if (!date && prev && NEXT_DAY.test(d.clause)) date = shiftValue(prev.date, 1);
    if (!date && prev && PREVIOUS_DAY.test(d.clause)) date = shiftValue(prev.date, -1);
    if (!date && prev && (SAME_DAY.test(d.clause) || prev.draft.paragraph === d.paragraph))
      date = prev.date;
    if (!date && d.referent !== null)
      date = clauseDate(setting.sentences[d.referent]!.text, [0, 0], setting.published);
    const event = setting.event;
    const marginal = !!event && event.margins !== null && d.sentences[0]! >= event.margins;
    if (!date && !marginal && !(event && d.kind === 'session'))
      date = earlierInParagraph(d, setting);
    if (!date && visit?.date && !marginal) date = visit.date;
    if (!date && event && !d.remote && (marginal || d.kind === 'session' || !visit))
      date = eventValue(event.startDate, event.endDate);
    const outside = !!event && !!date && !within(date, event);
    const inEvent =
      !!event &&
      !d.remote &&
      !outside &&
      (d.kind === 'session' || marginal || d.sentences[0]! >= event.sentence);
    const venue = d.remote
      ? { city: null, countryCode: null }
      : venueOf(d, setting, inEvent, visit, out);
    out.push({ draft: d, date, ...venue, inEvent, visit });
  }
  return out;
}

/** "EU ministers met in Luxembourg on Monday. … he had discussed it with X": that Monday. */
function earlierInParagraph(d: Draft, setting: Setting): DateValue | null {
  const first = d.sentences[0]!;
  for (let i = first - 1; i >= 0; i--) {
    const s = setting.sentences[i]!;
    if (s.paragraph !== d.paragraph) break;
    if (/\b(?:will|would|next|planned|until)\b/i.test(s.text)) continue;
    const date = clauseDate(s.text, [0, 0], setting.published);
    if (date?.precision === 'day') return date;
  }
  return null;
}

function within(date: DateValue, event: EventInfo): boolean {
  if (!event.startDate) return true;
  const end = event.endDate ?? '9999-12-31';
  return date.date >= event.startDate && (date.endDate ?? date.date) <= end;
}

function visitOf(d: Draft, setting: Setting): Visit | null {
  const before = setting.visits.filter((v) => v.sentence <= Math.max(...d.sentences));
  return before[before.length - 1] ?? null;
}

function venueOf(
  d: Draft,
  setting: Setting,
  inEvent: boolean,
  visit: Visit | null,
  earlier: Settled[],
): { city: string | null; countryCode: string | null } {
  const own = findCities(d.clause).find((c) => c.prepositional);
  if (own) return { city: own.city, countryCode: own.code };
  const unknown = unknownCity(d.clause);
  if (unknown) {
    const code =
      visit?.countries.length === 1 ? visit.countries[0]! : (setting.dateline?.countryCode ?? null);
    return { city: unknown, countryCode: code };
  }
  if (inEvent && setting.event?.city)
    return { city: setting.event.city, countryCode: setting.event.countryCode };
  const prev = earlier[earlier.length - 1];
  if (prev?.city && SAME_DAY.test(d.clause))
    return { city: prev.city, countryCode: prev.countryCode };
  const countries = visit?.countries;
  const found =
    citiesBefore(d, setting, (s) => s.paragraph === d.paragraph, countries) ??
    (visit ? citiesBefore(d, setting, () => true, countries) : null);
  if (found) return found;
  const city = visit?.cities[0];
  if (city) return { city: city.city, countryCode: city.code };
  const dl = setting.dateline;
  if (dl?.city && (!visit || (dl.countryCode && visit.countries.includes(dl.countryCode)))) {
    return { city: dl.city, countryCode: dl.countryCode };
  }
  const country =
    findCountriesIn(d.clause)[0]?.code ??
    (visit?.countries.length === 1 ? visit.countries[0]! : null);
  return { city: null, countryCode: country };
}

const FUTURE_CITY = /\b(?:will|would|next|planned|to be held|invit\w*|agreed to)\b/i;

// The last "in <City>" before the meeting's clause, in sentences that tell what happened.
function citiesBefore(
  d: Draft,
  setting: Setting,
  keep: (s: Sentence) => boolean,
  countries?: string[],
): { city: string; countryCode: string } | null {
  for (let i = d.sentences[0]!; i >= 0; i--) {
    const s = setting.sentences[i]!;
    if (!keep(s) || FUTURE_CITY.test(s.text)) continue;
    const limit = i === d.sentences[0] ? d.clauseStart - s.start : s.text.length;
    const found = findCities(s.text.slice(0, limit))
      .filter((c) => c.prepositional && (!countries || countries.includes(c.code)))
      .pop();
    if (found) return { city: found.city, countryCode: found.code };
  }
  return null;
}
