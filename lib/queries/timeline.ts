import { queryOptions } from '@tanstack/react-query';
import { filtersToSearchParams, type MeetingFilters } from '@/lib/filters';
import type { TimelineGroup } from '@/lib/timeline/groups';
import type { TimelineSummary, TimelineTile } from '@/lib/timeline/types';
import type { Tile } from '@/lib/timeline/units';
import { fetchJson } from './fetch-json';
import { filterQuery } from './meetings';

/** What a tile request names besides the filters: the lanes, "others", and the tile itself. */
export interface TileKey {
  group: TimelineGroup;
  lanes: readonly string[];
  others: boolean;
  tile: Tile;
}

/**
 * Where the timeline reads from: the JSON API in the browser; the server's first paint passes
 * one that calls db/ directly, under the same query keys.
 */
export interface TimelineSource {
  summary: (
    filters: MeetingFilters,
    group: TimelineGroup,
    signal?: AbortSignal,
  ) => Promise<TimelineSummary>;
  tile: (filters: MeetingFilters, key: TileKey, signal?: AbortSignal) => Promise<TimelineTile>;
}

/** The API's URL for the lanes of `filters` grouped by `group`. */
export function summaryUrl(filters: MeetingFilters, group: TimelineGroup): string {
  const params = filtersToSearchParams(filters);
  params.set('group', group);
  return `/api/timeline?${params.toString()}`;
}

/** The API's URL for one tile. */
export function tileUrl(filters: MeetingFilters, { group, lanes, others, tile }: TileKey): string {
  const params = filtersToSearchParams(filters);
  params.set('group', group);
  params.set('unit', tile.unit);
  params.set('start', tile.start);
  params.set('end', tile.end);
  if (lanes.length) params.set('lanes', lanes.join(','));
  if (others) params.set('others', 'true');
  return `/api/timeline/tile?${params.toString()}`;
}

export const timelineApi: TimelineSource = {
  summary: (filters, group, signal) =>
    fetchJson<TimelineSummary>(summaryUrl(filters, group), signal),
  tile: (filters, key, signal) => fetchJson<TimelineTile>(tileUrl(filters, key), signal),
};

/** TanStack Query options for /timeline. Tiles never change for a key until the data does. */
export const timelineQueries = {
  all: () => ['timeline'] as const,
  summary: (filters: MeetingFilters, group: TimelineGroup, source = timelineApi) =>
    queryOptions({
      queryKey: ['timeline', 'summary', filterQuery(filters), group] as const,
      queryFn: ({ signal }) => source.summary(filters, group, signal),
    }),
  tile: (filters: MeetingFilters, key: TileKey, source = timelineApi) =>
    queryOptions({
      queryKey: [
        'timeline',
        'tile',
        filterQuery(filters),
        key.group,
        key.lanes.join(','),
        key.others,
        key.tile.unit,
        key.tile.start,
      ] as const,
      queryFn: ({ signal }) => source.tile(filters, key, signal),
    }),
};
