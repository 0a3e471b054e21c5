'use client';

import { memo } from 'react';
import type { LaneLayout, LayoutCell } from '@/lib/timeline/layout';
import type { TimelineEvent, TimelineMeeting } from '@/lib/timeline/types';
import type { BucketUnit } from '@/lib/timeline/units';
import { LANE_PAD_PX, ROW_PX } from './geometry';
import { ClusterMark, EventBand, MeetingMark } from './lane-marks';

export interface LaneMarksProps {
  laneKey: string;
  layout: LaneLayout;
  meetings: Map<number, TimelineMeeting>;
  events: Map<number, TimelineEvent>;
  /** The instant at the lane's left edge before it is shifted, and the visible span. */
  origin: number;
  span: number;
  unit: BucketUnit;
  plotWidth: number;
  onMeeting: (id: number, lane: string, target: HTMLElement) => void;
  onCluster: (cell: LayoutCell, lane: string, target: HTMLElement) => void;
}

/** Narrower than this, a meeting's title would show a letter or two: it is left out. */
const MIN_TITLE_PX = 40;

/**
 * A lane's event bands, clusters and meetings from `origin` to two spans after it: never more
 * than two screens' worth of nodes, however many meetings the lane holds.
 */
export const LaneMarks = memo(function LaneMarks(props: LaneMarksProps) {
  const { layout, origin, span, laneKey } = props;
  const inView = (from: number, to: number) => to >= origin && from <= origin + 2 * span;
  const left = (ms: number) => `${((ms - origin) / span) * 100}%`;
  const width = (from: number, to: number) => `${((to - from) / span) * 100}%`;
  const top = (row: number) => LANE_PAD_PX + row * ROW_PX;
  const clusterHeight = Math.min(layout.rows, 2) * ROW_PX - 3;
  return (
    <>
      {layout.bands.map((b) => {
        const event = props.events.get(b.id);
        if (!event || !inView(b.from, b.to)) return null;
        return (
          <EventBand
            key={`band-${b.id}`}
            event={event}
            at={b.from}
            until={b.to}
            left={left(b.from)}
            width={width(b.from, b.to)}
            top={top(b.row) - 2}
            height={b.rows * ROW_PX + 2}
          />
        );
      })}
      {layout.clusters.map((c) =>
        inView(c.start, c.end) ? (
          <ClusterMark
            key={`c-${c.start}`}
            cell={c}
            unit={props.unit}
            lane={laneKey}
            onOpen={props.onCluster}
            at={c.start}
            until={c.end}
            left={left(c.start)}
            width={`calc(${width(c.start, c.end)} - 2px)`}
            top={LANE_PAD_PX}
            height={clusterHeight}
          />
        ) : null,
      )}
      {layout.items.map((i) => {
        const meeting = props.meetings.get(i.id);
        if (!meeting || !inView(i.from, i.to)) return null;
        return (
          <MeetingMark
            key={`m-${i.id}`}
            meeting={meeting}
            titled={((i.to - i.from) / span) * props.plotWidth >= MIN_TITLE_PX}
            lane={laneKey}
            onOpen={props.onMeeting}
            at={i.from}
            until={i.to}
            left={left(i.from)}
            width={width(i.from, i.to)}
            top={top(i.row)}
            height={ROW_PX - 3}
          />
        );
      })}
    </>
  );
});
