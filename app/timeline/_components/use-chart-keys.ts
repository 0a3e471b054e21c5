'use client';

import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import { DAY_MS, isoToMs } from '@/lib/timeline/time';
import { PAN_STEP, ZOOM_STEP } from '@/lib/timeline/view';
import type { ViewControls } from './use-timeline-view';

/** What a key does to the view, or null for a key the timeline leaves alone. */
function keyCommand(
  e: KeyboardEvent,
  extent: { first: number; last: number },
): ((c: ViewControls) => void) | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case '+':
    case '=':
      return (c) => c.zoom(1 / ZOOM_STEP);
    case '-':
    case '_':
      return (c) => c.zoom(ZOOM_STEP);
    case 'ArrowLeft':
      return (c) => c.pan(e.shiftKey ? -1 : -PAN_STEP);
    case 'ArrowRight':
      return (c) => c.pan(e.shiftKey ? 1 : PAN_STEP);
    case 'Home':
      return (c) => c.home(extent.first);
    case 'End':
      return (c) => c.end(extent.last);
    default:
      return null;
  }
}

/**
 * The timeline's keys, anywhere inside `region`: + and − zoom, ← and → pan (a screen with
 * Shift), Home and End go to the first and last meeting of the set (first, last: ISO days).
 * Zooming can remove the meeting or cluster that had the focus; the focus then stays in the
 * region rather than falling back to the page. A mark reached with Tab off screen is panned to.
 */
export function useChartKeys(
  region: RefObject<HTMLElement | null>,
  controls: ViewControls,
  set: { first: string | null; last: string | null } | undefined,
  onKey: () => void,
) {
  const inside = useRef(false);
  useEffect(() => {
    if (inside.current && document.activeElement === document.body) {
      region.current?.focus({ preventScroll: true });
    }
  });

  return {
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (!set?.first || !set.last) return;
      const extent = { first: isoToMs(set.first), last: isoToMs(set.last) + DAY_MS };
      const command = keyCommand(e, extent);
      if (!command) return;
      e.preventDefault();
      onKey();
      command(controls);
    },
    onFocus: (e: React.FocusEvent<HTMLElement>) => {
      inside.current = true;
      // Tab reached a meeting or cluster off screen: bring it into view (not on a click).
      const { at, until } = e.target.dataset;
      if (at && until && e.target.matches(':focus-visible')) {
        controls.reveal(Number(at), Number(until));
      }
    },
    onBlur: (e: React.FocusEvent<HTMLElement>) => {
      if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) {
        inside.current = false;
      }
    },
  };
}
