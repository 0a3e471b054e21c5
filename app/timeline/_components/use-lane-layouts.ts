'use client';

import { useMemo } from 'react';
import {
  type LaneLayout,
  type LayoutEvent,
  type LayoutItem,
  layoutLane,
} from '@/lib/timeline/layout';
import { meetingSpan } from '@/lib/timeline/spans';
import { DAY_MS, isoToMs } from '@/lib/timeline/time';
import type { TimelineLane } from '@/lib/timeline/types';
import { layoutOptions } from './geometry';
import type { TimelineData } from './use-timeline-data';

/**
 * Every lane's layout for the loaded data at a zoom. The layout is in time, not in pixels, so
 * it holds while the view pans; it is recomputed when the data or the zoom change.
 */
export function useLaneLayouts(
  data: TimelineData,
  lanes: TimelineLane[],
  pxPerDay: number,
): Map<string, LaneLayout> {
  const inputs = useMemo(() => {
    const items = new Map<string, LayoutItem[]>();
    for (const m of data.meetings.values()) {
      const item = { id: m.id, span: meetingSpan(m), eventId: m.eventId };
      for (const lane of m.lanes) {
        const list = items.get(lane);
        if (list) list.push(item);
        else items.set(lane, [item]);
      }
    }
    const events = new Map<number, LayoutEvent>();
    for (const e of data.events.values()) {
      events.set(e.id, { id: e.id, start: isoToMs(e.startDate), end: isoToMs(e.endDate) + DAY_MS });
    }
    return { items, events };
  }, [data]);

  return useMemo(() => {
    const options = layoutOptions(pxPerDay, data.unit);
    return new Map(
      lanes.map((lane) => [
        lane.key,
        layoutLane(
          data.cells.get(lane.key) ?? [],
          inputs.items.get(lane.key) ?? [],
          inputs.events,
          options,
        ),
      ]),
    );
  }, [data, lanes, inputs, pxPerDay]);
}
