'use client';

import type { Ref } from 'react';
import type { LaneLayout, LayoutCell } from '@/lib/timeline/layout';
import type { AxisTick } from '@/lib/timeline/ticks';
import type { TimelineLane as Lane } from '@/lib/timeline/types';
import type { TimelineView } from '@/lib/timeline/view';
import { TimelineLane } from './timeline-lane';
import type { TimelineData } from './use-timeline-data';

export interface TimelineLanesProps {
  /** Receives the wheel and the drags. */
  surfaceRef: Ref<HTMLDivElement>;
  lanes: Lane[];
  layouts: Map<string, LaneLayout>;
  data: TimelineData;
  view: TimelineView;
  ticks: AxisTick[];
  plotWidth: number;
  /** The visible tiles are still loading: what is drawn is the last complete picture. */
  stale: boolean;
  failed: boolean;
  onRetry: () => void;
  /** Back to the whole filtered set, when the user chose a period. */
  onFit: (() => void) | null;
  onMeeting: (id: number, lane: string, target: HTMLElement) => void;
  onCluster: (cell: LayoutCell, lane: string, target: HTMLElement) => void;
}

/** Vertical lines at the ticks, as one CSS background for every lane. */
function gridOf(ticks: AxisTick[]): string {
  const line = (p: number) =>
    `linear-gradient(to right, transparent calc(${p}% - 0.5px), var(--color-slate-100) calc(${p}% - 0.5px), var(--color-slate-100) calc(${p}% + 0.5px), transparent calc(${p}% + 0.5px))`;
  return ticks.map((t) => line(t.position * 100)).join(', ') || 'none';
}

/** True when some lane draws something in the view. */
function anythingInView(layouts: Map<string, LaneLayout>, view: TimelineView): boolean {
  const visible = (from: number, to: number) => to > view.start && from < view.end;
  for (const layout of layouts.values()) {
    if (layout.items.some((i) => visible(i.from, i.to))) return true;
    if (layout.clusters.some((c) => visible(c.start, c.end))) return true;
  }
  return false;
}

/** The lanes, one under the other, with what the view holds or why it holds nothing. */
export function TimelineLanes({
  surfaceRef,
  lanes,
  layouts,
  data,
  view,
  ticks,
  plotWidth,
  stale,
  failed,
  onRetry,
  onFit,
  onMeeting,
  onCluster,
}: TimelineLanesProps) {
  const empty = !stale && !failed && !anythingInView(layouts, view);
  const grid = gridOf(ticks);
  return (
    <div
      ref={surfaceRef}
      className={`relative cursor-grab touch-pan-y select-none active:cursor-grabbing ${stale ? 'opacity-70 transition-opacity delay-200' : ''}`}
    >
      {lanes.map((lane) => {
        const layout = layouts.get(lane.key);
        return layout ? (
          <TimelineLane
            key={lane.key}
            lane={lane}
            layout={layout}
            meetings={data.meetings}
            events={data.events}
            view={view}
            grid={grid}
            unit={data.unit}
            plotWidth={plotWidth}
            onMeeting={onMeeting}
            onCluster={onCluster}
          />
        ) : null;
      })}
      {failed ? (
        <div
          role="alert"
          className="absolute inset-x-0 top-2 mx-auto w-fit rounded-md border border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900 shadow"
        >
          Part of the timeline could not be loaded.{' '}
          <button type="button" onClick={onRetry} className="font-medium underline">
            Try again
          </button>
        </div>
      ) : null}
      {empty ? (
        <div className="absolute inset-x-0 top-4 mx-auto w-fit max-w-[90%] rounded-md border border-slate-300 bg-white px-4 py-3 text-center text-sm text-slate-800 shadow">
          <p>No meetings in this period.</p>
          {onFit ? (
            <button type="button" onClick={onFit} className="link mt-1">
              Show all meetings
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
