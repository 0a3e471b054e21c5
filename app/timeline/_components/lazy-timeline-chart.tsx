'use client';

import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { InView } from '@/components/lazy/in-view';
import { Skeleton } from '@/components/lazy/skeleton';
import { timelineQueries } from '@/lib/queries/timeline';
import { laneHeight } from './geometry';
import type { TimelineChartProps } from './timeline-chart';

/**
 * The chart's outline while it loads: the toolbar, the axis and one row per lane of the lanes
 * the server prefetched (hydrated into the cache), so that the page barely moves when it comes.
 */
function TimelineSkeleton({ filters, group }: Pick<TimelineChartProps, 'filters' | 'group'>) {
  const summary = useQuery({ ...timelineQueries.summary(filters, group), enabled: false });
  const lanes = Math.max(1, summary.data?.lanes.length ?? 6);
  return (
    <div role="status">
      <span className="sr-only">Loading the timeline…</span>
      <Skeleton className="h-9 w-full max-w-xl" />
      <div className="mt-3 rounded-lg border border-slate-300 bg-white">
        <div className="h-9 border-b border-slate-300" />
        <Skeleton className="w-full rounded-none" style={{ height: lanes * laneHeight(1) }} />
      </div>
    </div>
  );
}

// The chart, its gestures and d3's scales come with this chunk, not with the page. React.lazy
// rather than next/dynamic: its Suspense fallback can be the skeleton sized from the props.
const TimelineChart = lazy(() =>
  import('./timeline-chart').then((m) => ({ default: m.TimelineChart })),
);

/** The timeline chart, loaded once it comes into view. */
export function LazyTimelineChart(props: TimelineChartProps) {
  const fallback = <TimelineSkeleton filters={props.filters} group={props.group} />;
  return (
    <InView fallback={fallback}>
      <Suspense fallback={fallback}>
        <TimelineChart {...props} />
      </Suspense>
    </InView>
  );
}
