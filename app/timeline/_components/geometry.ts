import type { LayoutOptions } from '@/lib/timeline/layout';
import { DAY_MS } from '@/lib/timeline/time';
import type { BucketUnit } from '@/lib/timeline/units';

/** Height of one row of a lane (a meeting, or an event's name), and the lane's padding. */
export const ROW_PX = 24;
export const LANE_PAD_PX = 6;
/** Rows a lane may grow to before its busiest buckets become clusters. */
export const MAX_ROWS = 8;

/**
 * The plot's width before the browser has measured it (the server's render and the first paint):
 * about a desktop screen's, so the tiles prefetched on the server are usually the ones needed.
 */
export const NOMINAL_PLOT_WIDTH = 1000;

/**
 * Meetings a bucket may hold and still be drawn one by one: by the day or the week, as many as
 * fit; by the month a few; by the quarter or the year none (the tile sends none either).
 */
const maxPerCell: Record<BucketUnit, number> = {
  day: Infinity,
  week: 5,
  month: 3,
  quarter: 0,
  year: 0,
  year2: 0,
  year5: 0,
  year10: 0,
};

/** The lane layout's sizes for a zoom of `pxPerDay`, whose buckets are of `unit`. */
export function layoutOptions(pxPerDay: number, unit: BucketUnit): LayoutOptions {
  return {
    pxPerMs: pxPerDay / DAY_MS,
    maxRows: MAX_ROWS,
    minItemPx: 10,
    minEventPx: 56,
    gapPx: 3,
    maxPerCell: maxPerCell[unit],
  };
}

/** Height of a lane with `rows` rows. */
export function laneHeight(rows: number): number {
  return rows * ROW_PX + 2 * LANE_PAD_PX;
}
