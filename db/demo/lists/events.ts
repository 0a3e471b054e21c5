import { dayOf, ordinal, weekdayOnOrAfter } from '../calendar';

/**
 * Recurring real events whose sidelines host many meetings. Dates follow each event's usual
 * calendar rule (e.g. the CND session opens on the second Monday of March); host cities that
 * change every year come from a table and the event is skipped in a year the table lacks.
 * `organizer` is an organization name or acronym of the demo set.
 */
export interface EventSeries {
  key: string;
  name: (year: number) => string;
  /** For meeting titles: "66th CND session", "UNGA 78". */
  short: (year: number) => string;
  organizer?: string;
  venue?: string;
  topics: string[];
  /** Start and end day numbers and place in a year, or null when it did not take place. */
  occurrence: (
    year: number,
  ) => { start: number; end: number; city: string; country: string } | null;
}

type Place = { city: string; country: string; start?: [number, number]; end?: [number, number] };

const fixed =
  (city: string, country: string, first: (y: number) => number, days: number) => (y: number) => {
    const start = first(y);
    return { start, end: start + days - 1, city, country };
  };

const byYear =
  (table: Record<number, Place>, first: (y: number) => number, days: number, fallback?: Place) =>
  (y: number) => {
    const place = table[y] ?? fallback;
    if (!place) return null;
    const start = place.start ? dayOf(y, place.start[0], place.start[1]) : first(y);
    const end = place.end ? dayOf(y, place.end[0], place.end[1]) : start + days - 1;
    return { start, end, city: place.city, country: place.country };
  };

const MON = 1;
const THU = 4;
const FRI = 5;
const TUE = 2;

export const EVENT_SERIES: readonly EventSeries[] = [
  {
    key: 'cnd',
    name: (y) => `${ordinal(y - 1957)} session of the UN Commission on Narcotic Drugs (CND)`,
    short: (y) => `${ordinal(y - 1957)} CND session`,
    organizer: 'CND',
    venue: 'Vienna International Centre',
    topics: ['counter-narcotics', 'CARICC', 'cybercrime', 'Border security'],
    occurrence: fixed('Vienna', 'AT', (y) => weekdayOnOrAfter(y, 3, 9, MON), 5),
  },
  {
    key: 'unga',
    name: (y) => `${ordinal(y - 1945)} session of the UN General Assembly: high-level week`,
    short: (y) => `UNGA ${y - 1945}`,
    organizer: 'UN',
    venue: 'United Nations Headquarters',
    topics: [
      'UN reform',
      'multilateral cooperation',
      'Candidacies in international bodies',
      'Climate',
    ],
    occurrence: fixed('New York', 'US', (y) => weekdayOnOrAfter(y, 9, 18, TUE), 7),
  },
  {
    key: 'msc',
    name: (y) => `${ordinal(y - 1964)} Munich Security Conference`,
    short: (y) => `MSC ${y}`,
    venue: 'Hotel Bayerischer Hof',
    topics: ['Regional security', 'Conflict resolution', 'Defence cooperation', 'Cybersecurity'],
    occurrence: fixed('Munich', 'DE', (y) => weekdayOnOrAfter(y, 2, 12, FRI), 3),
  },
  {
    key: 'osce-mc',
    name: (y) => `${ordinal(y - 1993)} OSCE Ministerial Council`,
    short: (y) => `OSCE Ministerial Council ${y}`,
    organizer: 'OSCE',
    topics: [
      'Regional security',
      'Kazakhstan–OSCE cooperation',
      'election observation',
      'Conflict resolution',
    ],
    occurrence: byYear(
      {
        2022: { city: 'Łódź', country: 'PL' },
        2023: { city: 'Skopje', country: 'MK', start: [11, 30] },
        2024: { city: 'Valletta', country: 'MT' },
      },
      (y) => weekdayOnOrAfter(y, 12, 1, THU),
      2,
      { city: 'Vienna', country: 'AT' },
    ),
  },
  {
    key: 'cop',
    name: (y) => `UN Climate Change Conference (COP${y - 1995})`,
    short: (y) => `COP${y - 1995}`,
    organizer: 'UNFCCC',
    topics: ['Climate', 'Climate finance', 'Renewable energy', 'Water resources'],
    occurrence: byYear(
      {
        2022: { city: 'Sharm el-Sheikh', country: 'EG', start: [11, 6], end: [11, 20] },
        2023: { city: 'Dubai', country: 'AE', start: [11, 30], end: [12, 13] },
        2024: { city: 'Baku', country: 'AZ', start: [11, 11], end: [11, 24] },
        2025: { city: 'Belém', country: 'BR', start: [11, 10], end: [11, 22] },
        2026: { city: 'Antalya', country: 'TR', start: [11, 9], end: [11, 20] },
      },
      () => 0,
      0,
    ),
  },
  {
    key: 'wha',
    name: (y) => `${ordinal(y - 1947)} World Health Assembly`,
    short: (y) => `WHA${y - 1947}`,
    organizer: 'WHO',
    venue: 'Palais des Nations',
    topics: ['Health', 'Pandemic preparedness', 'Global health security'],
    occurrence: fixed('Geneva', 'CH', (y) => weekdayOnOrAfter(y, 5, 19, MON), 8),
  },
  {
    key: 'hrc',
    name: (y) =>
      `${ordinal(55 + 3 * (y - 2024))} session of the UN Human Rights Council: high-level segment`,
    short: (y) => `HRC${55 + 3 * (y - 2024)}`,
    organizer: 'OHCHR',
    venue: 'Palais des Nations',
    topics: ['Human rights', 'Women’s rights', 'Rule of law', 'Freedom of expression'],
    occurrence: fixed('Geneva', 'CH', (y) => weekdayOnOrAfter(y, 2, 24, MON), 4),
  },
  {
    key: 'iaea-gc',
    name: (y) => `${ordinal(y - 1956)} IAEA General Conference`,
    short: (y) => `IAEA GC${y - 1956}`,
    organizer: 'IAEA',
    venue: 'Vienna International Centre',
    topics: ['Peaceful uses of nuclear energy', 'Non-proliferation', 'nuclear test ban'],
    occurrence: fixed('Vienna', 'AT', (y) => weekdayOnOrAfter(y, 9, 15, MON), 5),
  },
  {
    key: 'aif',
    name: (y) => `Astana International Forum ${y}`,
    short: (y) => `AIF ${y}`,
    organizer: 'Ministry of Foreign Affairs of Kazakhstan',
    topics: [
      'Astana International Forum',
      'multilateral cooperation',
      'regional cooperation',
      'Climate',
    ],
    // 2024 was cancelled after the spring floods.
    occurrence: (y) =>
      y === 2024 ? null : fixed('Astana', 'KZ', (yy) => weekdayOnOrAfter(yy, 5, 28, THU), 2)(y),
  },
  {
    key: 'shangri-la',
    name: (y) => `${ordinal(y - 2003)} IISS Shangri-La Dialogue`,
    short: (y) => `Shangri-La Dialogue ${y}`,
    venue: 'Shangri-La Hotel',
    topics: ['Regional security', 'Defence cooperation', 'Conflict resolution'],
    occurrence: fixed('Singapore', 'SG', (y) => weekdayOnOrAfter(y, 5, 29, FRI), 3),
  },
  {
    key: 'g20',
    name: (y) => `G20 Leaders’ Summit ${y}`,
    short: (y) => `G20 ${y}`,
    topics: ['Finance', 'Trade', 'Climate finance', 'Food security'],
    occurrence: byYear(
      {
        2023: { city: 'New Delhi', country: 'IN', start: [9, 9], end: [9, 10] },
        2024: { city: 'Rio de Janeiro', country: 'BR', start: [11, 18], end: [11, 19] },
        2025: { city: 'Johannesburg', country: 'ZA', start: [11, 22], end: [11, 23] },
        2026: { city: 'Miami', country: 'US', start: [12, 14], end: [12, 15] },
      },
      () => 0,
      0,
    ),
  },
  {
    key: 'wef',
    name: (y) => `World Economic Forum Annual Meeting ${y}`,
    short: (y) => `Davos ${y}`,
    topics: ['Investment', 'Digital economy', 'Energy', 'Artificial intelligence'],
    occurrence: fixed('Davos', 'CH', (y) => weekdayOnOrAfter(y, 1, 15, MON), 5),
  },
  {
    key: 'sco',
    name: (y) => `SCO Heads of State Council ${y}`,
    short: (y) => `SCO summit ${y}`,
    organizer: 'SCO',
    topics: ['Regional security', 'Counter-terrorism', 'Transport and logistics', 'Afghanistan'],
    occurrence: byYear(
      {
        2024: { city: 'Astana', country: 'KZ', start: [7, 3], end: [7, 4] },
        2025: { city: 'Tianjin', country: 'CN', start: [8, 31], end: [9, 1] },
      },
      () => 0,
      0,
    ),
  },
];
