import 'server-only';
import type { Db } from '@/db';
import { listEventOptions } from '@/db/queries/events';
import { countries, countryName } from '@/lib/countries';
import { formatMeetingDateShort } from '@/lib/dates';
import type { CountryOption } from '@/lib/country-search';
import type { EventOption } from './options';

/**
 * What the form's lists need, loaded on the server: the countries trimmed to code and name (the
 * package's full data stays here) and the events labelled with their dates.
 */
export async function loadFormOptions(
  db: Db,
): Promise<{ countries: CountryOption[]; events: EventOption[] }> {
  const events = await listEventOptions(db);
  return {
    countries: countries.map(({ code, name }) => ({ code, name })),
    events: events.map((e) => ({
      id: e.id,
      label: `${e.name} · ${formatMeetingDateShort({ datePrecision: 'range', startDate: e.startDate, endDate: e.endDate })}${e.city ? `, ${e.city}` : e.countryCode ? `, ${countryName(e.countryCode)}` : ''}`,
      startDate: e.startDate,
      endDate: e.endDate,
      city: e.city,
      countryCode: e.countryCode,
    })),
  };
}
