import {
  type FilterKey,
  type MeetingFilters,
  filterKeys,
  filtersToSearchParams,
  matchingAll,
  readMeetingFilters,
} from '@/lib/filters';
import { formatDay } from '@/lib/dates';

/** The label of each filter, as the panel, the chips and the tests name it. */
export const filterLabels: Record<FilterKey, string> = {
  country: 'Country',
  heldIn: 'Held in',
  region: 'Region',
  organization: 'Organization',
  official: 'Official',
  topic: 'Topic',
  event: 'Event',
  format: 'Format',
  status: 'Status',
};

/** The filters with `value` of `key` switched on or off (ids parsed, order canonical). */
export function withValue(
  filters: MeetingFilters,
  key: FilterKey,
  value: string,
  on: boolean,
): MeetingFilters {
  const current = (filters[key] as ReadonlyArray<string | number>).map(String);
  const next = on ? [...current, value] : current.filter((v) => v !== value);
  const params = filtersToSearchParams({ ...filters, [key]: [] });
  for (const v of [...new Set(next)].sort()) params.append(key, v);
  // "All of these" stays chosen while values come and go (the URL shows it from two values).
  if (filters.all.includes(key)) params.append('all', key);
  return readMeetingFilters(params);
}

/** The filters that can need all their values: several values can hold for one meeting. */
export const matchableKeys: readonly FilterKey[] = [
  'country',
  'region',
  'organization',
  'official',
  'topic',
];

/** The filters with `key` matching all its values, or any of them. */
export function withMatch(filters: MeetingFilters, key: FilterKey, all: boolean): MeetingFilters {
  const others = filters.all.filter((k) => k !== key);
  return { ...filters, all: all ? [...others, key] : others };
}

/** One active filter value, as a removable chip. */
export interface ActiveChip {
  /** Stable React key and test handle: `country:KZ`, `from`, `q`. */
  id: string;
  /** The chip's text: "Country: Kazakhstan", "Date from: 1 March 2023", "Search: umarov". */
  text: string;
  /** The short name the remove button uses: "Remove Kazakhstan". */
  label: string;
  /** The filters without this value. */
  without: MeetingFilters;
}

/** A day as "1 March 2023". */
function longDay(iso: string): string {
  return formatDay(iso);
}

/**
 * Every active filter value as a chip, in the panel's order. `labelOf` names a value (from the
 * facets, or what a type-ahead offered); the raw value stands in until one is known.
 */
export function activeChips(
  filters: MeetingFilters,
  labelOf: (key: FilterKey, value: string) => string | undefined,
): ActiveChip[] {
  const chips: ActiveChip[] = [];
  if (filters.q) {
    chips.push({
      id: 'q',
      text: `Search: ${filters.q}`,
      label: `search “${filters.q}”`,
      without: {
        ...filters,
        q: undefined,
        sort: filters.sort === 'relevance' ? undefined : filters.sort,
      },
    });
  }
  const allOf = matchingAll(filters);
  for (const key of filterKeys) {
    for (const raw of filters[key] as ReadonlyArray<string | number>) {
      const value = String(raw);
      const label = labelOf(key, value) ?? value;
      chips.push({
        id: `${key}:${value}`,
        text: `${filterLabels[key]}${allOf.includes(key) ? ' (all of)' : ''}: ${label}`,
        label,
        without: withValue(filters, key, value, false),
      });
    }
  }
  for (const key of ['from', 'to'] as const) {
    const day = filters[key];
    if (!day) continue;
    const name = key === 'from' ? 'Date from' : 'Date to';
    chips.push({
      id: key,
      text: `${name}: ${longDay(day)}`,
      label: `${name.toLowerCase()} ${longDay(day)}`,
      without: { ...filters, [key]: undefined },
    });
  }
  // "Remove Kazakhstan" twice (Country and Held in) would not say which: add the filter's name.
  const seen = new Map<string, number>();
  for (const chip of chips) seen.set(chip.label, (seen.get(chip.label) ?? 0) + 1);
  return chips.map((chip) =>
    (seen.get(chip.label) ?? 0) > 1
      ? { ...chip, label: `${chip.label} (${chip.text.slice(0, chip.text.indexOf(':'))})` }
      : chip,
  );
}

/** How many filter values are active (each text, date and value counts once): "Filters (3)". */
export function activeCount(filters: MeetingFilters): number {
  const values = filterKeys.reduce((n, key) => n + filters[key].length, 0);
  return values + [filters.q, filters.from, filters.to].filter(Boolean).length;
}

/** No filter at all, the sort kept (clearing filters is not a change of order). */
export function clearedFilters(filters: MeetingFilters): MeetingFilters {
  const sort = filters.sort === 'relevance' ? undefined : filters.sort;
  return readMeetingFilters(filtersToSearchParams({ sort }));
}
