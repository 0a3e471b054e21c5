'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  endAt,
  panView,
  startAt,
  type TimelineView,
  viewParams,
  zoomView,
} from '@/lib/timeline/view';

/** The URL follows the view this long after the last zoom or pan. */
const URL_DELAY_MS = 400;

const keyOf = (view: TimelineView | null) => {
  if (!view) return '';
  const { start, end } = viewParams(view);
  return `${start}..${end}`;
};

export interface ViewControls {
  /** What is on screen: the chosen period, else the whole filtered set (`fallback`). */
  view: TimelineView | null;
  /** True when the user chose the period (zoomed, panned), false when it fits the set. */
  chosen: boolean;
  zoom: (factor: number, anchor?: number) => void;
  pan: (fraction: number) => void;
  goTo: (view: TimelineView) => void;
  home: (firstMs: number) => void;
  end: (lastMs: number) => void;
  /** Back to the whole filtered set. */
  fit: () => void;
  /** Pans just enough for [from, to) (UTC ms) to start in view. */
  reveal: (from: number, to: number) => void;
}

/**
 * The visible period: a state that follows every wheel step and drag at once, written to the
 * URL (replacing the history entry) once the movement pauses. A change of the URL from outside
 * (back, forward, a link) is taken over.
 */
export function useTimelineView(
  urlView: TimelineView | null,
  fallback: TimelineView | null,
  writeView: (view: TimelineView | null) => void,
): ViewControls {
  const [chosen, setChosen] = useState<TimelineView | null>(urlView);
  const [seenUrl, setSeenUrl] = useState(keyOf(urlView));
  const urlKey = keyOf(urlView);
  if (urlKey !== seenUrl) {
    setSeenUrl(urlKey);
    if (urlKey !== keyOf(chosen)) setChosen(urlView);
  }

  const write = useRef(writeView);
  useEffect(() => {
    write.current = writeView;
  }, [writeView]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);

  const view = chosen ?? fallback;
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);

  const change = useCallback((next: (v: TimelineView) => TimelineView) => {
    const current = viewRef.current;
    if (!current) return;
    const updated = next(current);
    viewRef.current = updated;
    setChosen(updated);
    clearTimeout(timer.current ?? undefined);
    timer.current = setTimeout(() => write.current(updated), URL_DELAY_MS);
  }, []);

  return {
    view,
    chosen: chosen !== null,
    zoom: useCallback((f, anchor = 0.5) => change((v) => zoomView(v, f, anchor)), [change]),
    pan: useCallback((fraction) => change((v) => panView(v, fraction)), [change]),
    goTo: useCallback((target) => change(() => target), [change]),
    home: useCallback((ms) => change((v) => startAt(v, ms)), [change]),
    end: useCallback((ms) => change((v) => endAt(v, ms)), [change]),
    reveal: useCallback(
      (from: number, to: number) => {
        const v = viewRef.current;
        if (!v || (from >= v.start && Math.min(to, from + (v.end - v.start) / 2) <= v.end)) return;
        change(({ start, end }) => {
          const at = from - (end - start) * 0.1;
          return { start: at, end: at + end - start };
        });
      },
      [change],
    ),
    fit: useCallback(() => {
      clearTimeout(timer.current ?? undefined);
      setChosen(null);
      viewRef.current = null;
      write.current(null);
    }, []),
  };
}
