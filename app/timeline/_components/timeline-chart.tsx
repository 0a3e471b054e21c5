'use client';

import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { hasFilters, type MeetingFilters } from '@/lib/filters';
import { groupNames, type TimelineGroup } from '@/lib/timeline/groups';
import { formatCount, meetingsCount } from '@/lib/timeline/numbers';
import { axisTicks } from '@/lib/timeline/ticks';
import { atFinestZoom, MAX_SPAN, type TimelineView } from '@/lib/timeline/view';
import { ChartMessage } from './chart-message';
import { InViewList } from './in-view-list';
import { TimelineAxis } from './timeline-axis';
import { TimelineCardFor } from './timeline-card-for';
import { TimelineLanes } from './timeline-lanes';
import { TimelineToolbar } from './timeline-toolbar';
import { useTimelineChart } from './use-timeline-chart';

export interface TimelineChartProps {
  filters: MeetingFilters;
  group: TimelineGroup;
  urlView: TimelineView | null;
  setUrlView: (view: TimelineView | null) => void;
}

/**
 * The interactive timeline: lanes of meetings over time, zoomed and panned with the wheel, a
 * drag, the buttons or the keyboard, with a card for a clicked meeting and the same content as
 * a list. The view follows the URL; the data comes tile by tile (use-timeline-data.ts).
 */
export function TimelineChart({ filters, group, urlView, setUrlView }: TimelineChartProps) {
  const { regionRef, surfaceRef, plotRef, ...chart } = useTimelineChart(
    filters,
    group,
    urlView,
    setUrlView,
  );
  const { summaryQuery, summary, view, span, controls, tiles, card, lanes, layouts } = chart;
  const { period, moving, keys, onCluster, announced, plotWidth } = chart;
  const { dismiss } = card;
  if (summaryQuery.isError && !summary) {
    return (
      <ChartMessage role="alert" text="The timeline could not be loaded." onRetry={tiles.retry} />
    );
  }
  if (!summary || !view) {
    if (summary && !summary.total && hasFilters(filters)) {
      return <ChartMessage text="No meetings match these filters." />;
    }
    if (summary && !summary.total) {
      const action = (
        <Link href="/meetings/new" className={buttonClasses('primary')}>
          Log a meeting
        </Link>
      );
      return <ChartMessage text="No meetings have been recorded yet." action={action} />;
    }
    return <ChartMessage busy text="Loading the timeline…" />;
  }

  const ticks = axisTicks(view, plotWidth);
  const by = groupNames[group].one.toLowerCase();
  return (
    <div>
      <TimelineToolbar
        heading={`${meetingsCount(summary.total)} by ${by}`}
        period={period}
        canZoomIn={!atFinestZoom(view)}
        canZoomOut={span < MAX_SPAN * 0.999}
        canFit={controls.chosen}
        onZoom={(f) => moving.zoom(f, 0.5)}
        onPan={moving.pan}
        onFit={() => (dismiss(), controls.fit())}
      />
      <p role="status" className="sr-only">
        {announced ? `Showing ${announced}, by ${tiles.unit}.` : ''}
      </p>
      <div
        ref={regionRef}
        role="region"
        aria-label={`Timeline of ${meetingsCount(summary.total)} by ${by}`}
        aria-describedby="timeline-hint"
        aria-busy={tiles.stale}
        tabIndex={0}
        {...keys}
        className="relative mt-3 rounded-lg border border-slate-300 bg-white"
      >
        <TimelineAxis ticks={ticks} heading={groupNames[group].one} plotRef={plotRef} />
        <TimelineLanes
          surfaceRef={surfaceRef}
          lanes={lanes}
          layouts={layouts}
          data={tiles.data}
          view={view}
          ticks={ticks}
          plotWidth={plotWidth}
          stale={tiles.stale}
          failed={tiles.failed}
          onRetry={tiles.retry}
          onFit={controls.chosen ? () => controls.fit() : null}
          onMeeting={card.openMeeting}
          onCluster={onCluster}
        />
        <TimelineCardFor card={card} data={tiles.data} lanes={lanes} />
      </div>
      {summary.hiddenValues > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {formatCount(summary.hiddenValues)} more {groupNames[group].many} have meetings here but
          no lane: narrow the filters to see them.
        </p>
      ) : null}
      <InViewList
        lanes={lanes}
        layouts={layouts}
        meetings={tiles.data.meetings}
        view={view}
        unit={tiles.data.unit}
        period={period}
      />
    </div>
  );
}
