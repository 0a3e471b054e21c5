'use client';

import Link from 'next/link';
import type { LaneLayout, LayoutCell } from '@/lib/timeline/layout';
import { meetingsCount } from '@/lib/timeline/numbers';
import type { TimelineEvent, TimelineLane as Lane, TimelineMeeting } from '@/lib/timeline/types';
import type { BucketUnit } from '@/lib/timeline/units';
import type { TimelineView } from '@/lib/timeline/view';
import { laneHeight } from './geometry';
import { LaneMarks } from './lane-layer';

export interface TimelineLaneProps {
  lane: Lane;
  layout: LaneLayout;
  meetings: Map<number, TimelineMeeting>;
  events: Map<number, TimelineEvent>;
  view: TimelineView;
  /** The axis's tick lines, as a CSS background (one style, not a node per line). */
  grid: string;
  /** The unit of the buckets the clusters stand for. */
  unit: BucketUnit;
  /** The plot's width in pixels: a meeting too narrow for its title shows only its shape. */
  plotWidth: number;
  onMeeting: (id: number, lane: string, target: HTMLElement) => void;
  onCluster: (cell: LayoutCell, lane: string, target: HTMLElement) => void;
}

/**
 * One lane: its name and count (a link to its meetings), and its strip of time with the event
 * bands, clusters and meetings of the view (and a little either side, for panning).
 */
export function TimelineLane(props: TimelineLaneProps) {
  const { lane, layout, view } = props;
  const span = view.end - view.start;
  // Marks are placed from an origin that only moves once a screen's width has been panned, and
  // drawn two screens wide from it; the lane is shifted as a whole. So panning redraws nothing
  // until the origin moves.
  const origin = Math.floor(view.start / span) * span;
  const shift = ((view.start - origin) / span) * 100;
  const nameId = `lane-${lane.key}-name`;

  return (
    <div
      role="group"
      aria-labelledby={nameId}
      className="flex flex-col border-b border-slate-200 sm:flex-row"
    >
      <div className="flex min-w-0 items-baseline justify-between gap-x-3 px-3 pt-2 sm:w-44 sm:shrink-0 sm:flex-col sm:justify-start sm:border-r sm:border-slate-200 sm:py-2">
        <span
          id={nameId}
          title={lane.title ?? undefined}
          className="max-w-full min-w-0 truncate text-sm font-medium text-slate-900"
        >
          {lane.label}
        </span>
        <Link
          href={`/meetings?${lane.query}`}
          prefetch={false}
          aria-label={`${meetingsCount(lane.count)}: ${lane.label}`}
          className="link shrink-0 text-xs tabular-nums"
        >
          {meetingsCount(lane.count)}
        </Link>
      </div>
      <div
        className="relative min-w-0 overflow-clip [contain:strict] sm:flex-1"
        style={{ height: laneHeight(layout.rows), backgroundImage: props.grid }}
      >
        {/* overflow: clip, not hidden: a focused mark must not scroll the strip (the view pans). */}
        <div className="absolute inset-0" style={{ transform: `translateX(-${shift}%)` }}>
          <LaneMarks
            laneKey={lane.key}
            layout={layout}
            meetings={props.meetings}
            events={props.events}
            origin={origin}
            span={span}
            unit={props.unit}
            plotWidth={props.plotWidth}
            onMeeting={props.onMeeting}
            onCluster={props.onCluster}
          />
        </div>
      </div>
    </div>
  );
}
