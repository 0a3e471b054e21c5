'use client';

import { keepPreviousData, type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { MeetingFilters } from '@/lib/filters';
import { timelineQueries } from '@/lib/queries/timeline';
import { OTHERS, type TimelineGroup } from '@/lib/timeline/groups';
import type { LayoutCell } from '@/lib/timeline/layout';
import { DAY_MS, isoToMs } from '@/lib/timeline/time';
import type {
  TimelineEvent,
  TimelineMeeting,
  TimelineSummary,
  TimelineTile,
} from '@/lib/timeline/types';
import { bucketOf, type BucketUnit, tilesCovering, unitFor } from '@/lib/timeline/units';
import type { TimelineView } from '@/lib/timeline/view';

/** What the loaded tiles hold, merged: per lane its cells, and every meeting and event sent. */
export interface TimelineData {
  unit: BucketUnit;
  cells: Map<string, LayoutCell[]>;
  meetings: Map<number, TimelineMeeting>;
  events: Map<number, TimelineEvent>;
}

function merge(unit: BucketUnit, tiles: TimelineTile[]): TimelineData {
  const cells = new Map<string, LayoutCell[]>();
  const meetings = new Map<number, TimelineMeeting>();
  const events = new Map<number, TimelineEvent>();
  for (const tile of tiles) {
    for (const lane of tile.lanes) {
      const list = cells.get(lane.key) ?? [];
      cells.set(lane.key, list);
      for (const b of lane.buckets) {
        const { start, end } = bucketOf(unit, isoToMs(b.start));
        list.push({ start, end, count: b.count, detailed: lane.detailed });
      }
    }
    for (const m of tile.meetings) {
      // A meeting across two tiles may be sent for other lanes by each: it is in all of them.
      const seen = meetings.get(m.id);
      const lanes = seen ? [...new Set([...seen.lanes, ...m.lanes])] : m.lanes;
      meetings.set(m.id, seen && lanes.length !== m.lanes.length ? { ...m, lanes } : m);
    }
    for (const e of tile.events) events.set(e.id, e);
  }
  return { unit, cells, meetings, events };
}

/** The tiles' results as one: stable while none of them changes (a module-level `combine`). */
function combineTiles(results: Array<UseQueryResult<TimelineTile>>) {
  return {
    loaded: results.flatMap((r) => (r.data ? [r.data] : [])),
    failed: results.some((r) => r.isError),
    refetch: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/** The lanes, total and extent of the filters (GET /api/timeline); the last stay while the next load. */
export function useTimelineSummary(filters: MeetingFilters, group: TimelineGroup) {
  return useQuery({
    ...timelineQueries.summary(filters, group),
    placeholderData: keepPreviousData,
  });
}

/**
 * The tiles of the visible period with half a screen on each side (GET /api/timeline/tile), at
 * the bucket unit the zoom calls for, once the lanes are known. Tiles are cached per unit and
 * period, so panning back and forth or zooming within a unit costs nothing. While the visible
 * tiles load, the last complete picture stays on screen (`stale`), even at another unit: its
 * buckets are drawn where they belong at the new zoom.
 */
export function useTimelineTiles(
  filters: MeetingFilters,
  group: TimelineGroup,
  summary: UseQueryResult<TimelineSummary>,
  view: TimelineView | null,
  plotWidth: number,
) {
  const lanes = summary.data?.lanes ?? [];
  const ready = Boolean(summary.data) && !summary.isPlaceholderData;
  const unit = view ? unitFor(plotWidth / ((view.end - view.start) / DAY_MS)) : 'month';
  const span = view ? view.end - view.start : 0;
  const wanted = view ? tilesCovering(unit, view.start - span / 2, view.end + span / 2) : [];
  const visible = view ? tilesCovering(unit, view.start, view.end).map((t) => t.start) : [];
  const laneKeys = lanes.filter((l) => l.key !== OTHERS).map((l) => l.key);
  const others = lanes.some((l) => l.key === OTHERS);
  const tiles = useQueries({
    queries: (ready ? wanted : []).map((tile) =>
      timelineQueries.tile(filters, { group, lanes: laneKeys, others, tile }),
    ),
    combine: combineTiles,
  });

  const { loaded } = tiles;
  const complete =
    ready && visible.every((start) => loaded.some((t) => t.start === start && t.unit === unit));
  const current = useMemo(() => merge(unit, loaded), [unit, loaded]);
  const [lastComplete, setLastComplete] = useState<TimelineData | null>(null);
  if (complete && lastComplete !== current) setLastComplete(current);

  return {
    data: complete ? current : (lastComplete ?? current),
    /** The unit the zoom calls for (the data's may still be the previous one). */
    unit,
    stale: !complete || summary.isPlaceholderData,
    failed: tiles.failed,
    retry: () => {
      void summary.refetch();
      tiles.refetch();
    },
  };
}
