'use client';

import { useCallback, useMemo, useRef } from 'react';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import type { MeetingFilters } from '@/lib/filters';
import type { TimelineGroup } from '@/lib/timeline/groups';
import type { LayoutCell } from '@/lib/timeline/layout';
import { DAY_MS, formatDayRange } from '@/lib/timeline/time';
import { fitView, type TimelineView, viewAround } from '@/lib/timeline/view';
import { NOMINAL_PLOT_WIDTH } from './geometry';
import { useCard } from './use-card';
import { useChartGestures } from './use-chart-gestures';
import { useChartKeys } from './use-chart-keys';
import { useElementWidth } from './use-element-width';
import { useLaneLayouts } from './use-lane-layouts';
import { useTimelineSummary, useTimelineTiles } from './use-timeline-data';
import { useTimelineView } from './use-timeline-view';

/**
 * Everything the timeline chart runs on: its lanes and tiles, the view and how the wheel, drags,
 * keys and buttons move it (each closing an open card), the lanes' layouts, and the card.
 */
export function useTimelineChart(
  filters: MeetingFilters,
  group: TimelineGroup,
  urlView: TimelineView | null,
  setUrlView: (view: TimelineView | null) => void,
) {
  const region = useRef<HTMLDivElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const summaryQuery = useTimelineSummary(filters, group);
  const summary = summaryQuery.data;
  const hasData = Boolean(summary?.first && summary.last);
  const plotWidth = useElementWidth(plot, NOMINAL_PLOT_WIDTH, hasData);
  const first = summary?.first;
  const last = summary?.last;
  const fallback = useMemo(() => (first && last ? fitView(first, last) : null), [first, last]);
  const controls = useTimelineView(urlView, fallback, setUrlView);
  const { view } = controls;
  const tiles = useTimelineTiles(filters, group, summaryQuery, view, plotWidth);
  const card = useCard(region, region);
  const lanes = useMemo(() => summary?.lanes ?? [], [summary]);
  const span = view ? view.end - view.start : DAY_MS;
  const pxPerDay = plotWidth / (span / DAY_MS);
  const layouts = useLaneLayouts(tiles.data, lanes, pxPerDay);
  const period = view ? formatDayRange(view.start, view.end) : '';
  const announced = useDebouncedValue(period, 700);

  const { dismiss } = card;
  const moving = useMemo(
    () => ({
      zoom: (f: number, anchor: number) => (dismiss(), controls.zoom(f, anchor)),
      pan: (fraction: number) => (dismiss(), controls.pan(fraction)),
      onStart: dismiss,
    }),
    [controls, dismiss],
  );
  useChartGestures(surface, plot, moving, hasData);

  const keys = useChartKeys(region, controls, summary, dismiss);

  const unit = tiles.data.unit;
  const { openCluster } = card;
  const { goTo } = controls;
  const onCluster = useCallback(
    (cell: LayoutCell, lane: string, target: HTMLElement) => {
      if (unit === 'day') return openCluster(cell, lane, target);
      dismiss();
      goTo(viewAround(cell.start, cell.end));
      region.current?.focus({ preventScroll: true });
    },
    [unit, openCluster, dismiss, goTo],
  );

  return {
    regionRef: region,
    surfaceRef: surface,
    plotRef: plot,
    summaryQuery,
    summary,
    controls,
    view,
    span,
    plotWidth,
    tiles,
    card,
    lanes,
    layouts,
    period,
    announced,
    moving,
    keys,
    onCluster,
  };
}
