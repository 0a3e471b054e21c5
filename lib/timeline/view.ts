import { ceilDay, DAY_MS, floorDay, isoToMs, msToIso } from './time';

/** The visible stretch of time: [start, end) in UTC milliseconds. */
export interface TimelineView {
  start: number;
  end: number;
}

/** A week at the finest zoom (a day is then a seventh of the width), sixty years at the widest. */
export const MIN_SPAN = 7 * DAY_MS;
export const MAX_SPAN = 60 * 365.25 * DAY_MS;
/** How far the view may travel: the years an ISO day can sensibly hold. */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** A zoom step of the buttons and the + and − keys: twice as close, or twice as far. */
export const ZOOM_STEP = 2;
/** A pan step of the arrow keys, as a share of the visible span (a screen with Shift). */
export const PAN_STEP = 0.2;

const span = (v: TimelineView) => v.end - v.start;

/** The view kept within the zoom limits and the years the timeline can show. */
export function clampView(view: TimelineView): TimelineView {
  const width = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span(view)));
  const center = (view.start + view.end) / 2;
  let start = center - width / 2;
  start = Math.min(LATEST - width, Math.max(EARLIEST, start));
  return { start, end: start + width };
}

/**
 * Zooms by `factor` (< 1 closer, > 1 farther) around the point at `anchor` (0 = left edge,
 * 1 = right edge), which stays where it is on screen: under the mouse for the wheel, the
 * middle for the buttons and keys.
 */
export function zoomView(view: TimelineView, factor: number, anchor = 0.5): TimelineView {
  const width = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span(view) * factor));
  const at = view.start + span(view) * anchor;
  const start = at - width * anchor;
  return clampView({ start, end: start + width });
}

/** Moves the view by `fraction` of its width (negative: earlier). */
export function panView(view: TimelineView, fraction: number): TimelineView {
  const shift = span(view) * fraction;
  return clampView({ start: view.start + shift, end: view.end + shift });
}

/** True when the view is as close as the timeline zooms. */
export function atFinestZoom(view: TimelineView): boolean {
  return span(view) <= MIN_SPAN * 1.001;
}

/** The same span, moved so that it starts just before `ms` (Home: the first meeting). */
export function startAt(view: TimelineView, ms: number): TimelineView {
  const start = ms - span(view) * 0.05;
  return clampView({ start, end: start + span(view) });
}

/** The same span, moved so that it ends just after `ms` (End: the last meeting). */
export function endAt(view: TimelineView, ms: number): TimelineView {
  const end = ms + span(view) * 0.05;
  return clampView({ start: end - span(view), end });
}

/** The days [first, last] (ISO) with a margin on each side: the whole filtered set in view. */
export function fitView(first: string, last: string): TimelineView {
  const start = isoToMs(first);
  const end = isoToMs(last) + DAY_MS;
  const margin = Math.max(DAY_MS, (end - start) * 0.04);
  return clampView({ start: start - margin, end: end + margin });
}

/** The period [start, end) opened as a view, with a little room on each side. */
export function viewAround(start: number, end: number): TimelineView {
  const margin = (end - start) * 0.1;
  return clampView({ start: start - margin, end: end + margin });
}

/**
 * The view in the URL: `start` and `end` are the first and last visible days (ISO). Null when
 * absent or not a valid pair, so that the page falls back to the whole filtered set.
 */
export function readView(params: URLSearchParams): TimelineView | null {
  const start = isoToMs(params.get('start') ?? '');
  const end = isoToMs(params.get('end') ?? '');
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return null;
  return clampView({ start, end: end + DAY_MS });
}

/** The URL form of a view, rounded out to whole days. */
export function viewParams(view: TimelineView): { start: string; end: string } {
  return {
    start: msToIso(floorDay(view.start)),
    end: msToIso(Math.max(floorDay(view.start), ceilDay(view.end) - DAY_MS)),
  };
}
