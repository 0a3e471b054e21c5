import { filtersToSearchParams, matchingAll, type MeetingFilters } from '@/lib/filters';

/** What the timeline's lanes stand for: one lane per country, official, organization or topic. */
export const timelineGroups = ['country', 'official', 'organization', 'topic'] as const;
export type TimelineGroup = (typeof timelineGroups)[number];
export const defaultGroup: TimelineGroup = 'country';

export const groupNames: Record<TimelineGroup, { one: string; many: string }> = {
  country: { one: 'Country', many: 'countries' },
  official: { one: 'Official', many: 'officials' },
  organization: { one: 'Organization', many: 'organizations' },
  topic: { one: 'Topic', many: 'topics' },
};

/** Lanes drawn besides "others": the values with the most meetings. */
export const LANE_LIMIT = 12;
/** The key of the lane that gathers every other value. */
export const OTHERS = 'others';
/**
 * An "others" lane is a filter on every other value (its link lists them all): past this many,
 * the link would be too long for a URL, so the lane is left out and the page says so.
 */
export const MAX_OTHER_VALUES = 1500;

/** The group named in a URL, or the default. */
export function readGroup(value: string | null | undefined): TimelineGroup {
  return timelineGroups.find((g) => g === value) ?? defaultGroup;
}

/**
 * How the filters shape the lanes of `group`:
 * - `open`: the group's filter is not set; a lane per value, and an "others" lane;
 * - `within`: it is set to one value, or to values that must all hold; a lane per value met
 *   alongside them (lane V = the filtered meetings where V also took part);
 * - `only`: it is set to alternatives ("Kazakhstan or Austria"); a lane per chosen value.
 * Each lane's meetings are then a filter state of their own (laneFilters), so its count links to
 * exactly those meetings; "others" exists only in `open`, where it is one (a list of values).
 */
export type GroupMode = 'open' | 'within' | 'only';

export function groupMode(filters: MeetingFilters, group: TimelineGroup): GroupMode {
  const values = filters[group];
  if (!values.length) return 'open';
  if (values.length === 1 || matchingAll(filters).includes(group)) return 'within';
  return 'only';
}

function typed(group: TimelineGroup, values: readonly string[]): Array<string | number> {
  return group === 'country' ? [...values] : values.map(Number);
}

function withValues(
  filters: MeetingFilters,
  group: TimelineGroup,
  values: Array<string | number>,
  all: MeetingFilters['all'],
): MeetingFilters {
  return { ...filters, [group]: [...new Set(values)], all };
}

/** The filter state of one lane: the page's filters and "`value` took part" (see GroupMode). */
export function laneFilters(
  filters: MeetingFilters,
  group: TimelineGroup,
  value: string,
): MeetingFilters {
  const [v] = typed(group, [value]);
  const rest = filters.all.filter((k) => k !== group);
  switch (groupMode(filters, group)) {
    case 'open':
      return withValues(filters, group, [v!], rest);
    case 'within':
      return withValues(filters, group, [...filters[group], v!], [...rest, group]);
    case 'only':
      return withValues(filters, group, [v!], rest);
  }
}

/** The filter state of the "others" lane: any of the `rest` values took part (mode `open`). */
export function othersFilters(
  filters: MeetingFilters,
  group: TimelineGroup,
  rest: readonly string[],
): MeetingFilters {
  return withValues(filters, group, typed(group, rest), filters.all);
}

/**
 * A lane's meetings in the days [start, end] (ISO): the lane's filters with the period, kept
 * inside the page's own date filter. Null when the period lies outside it.
 */
export function cellFilters(
  lane: MeetingFilters,
  start: string,
  end: string,
): MeetingFilters | null {
  const from = lane.from && lane.from > start ? lane.from : start;
  const to = lane.to && lane.to < end ? lane.to : end;
  return from <= to ? { ...lane, from, to } : null;
}

/**
 * The query string of a filter state with each filter's values joined by commas
 * (`official=1,2,3`), which lib/filters reads like repeated parameters: an "others" lane lists
 * hundreds of values, and this keeps its links a third as long as the canonical form.
 */
export function compactFilterQuery(filters: MeetingFilters): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of filtersToSearchParams(filters)) {
    grouped.set(key, [...(grouped.get(key) ?? []), encodeURIComponent(value)]);
  }
  return [...grouped].map(([key, values]) => `${key}=${values.join(',')}`).join('&');
}
