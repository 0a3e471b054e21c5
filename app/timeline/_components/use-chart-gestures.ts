'use client';

import { type RefObject, useEffect, useRef } from 'react';

/** A drag shorter than this (pixels) is a click. */
const DRAG_PX = 4;

export interface GestureHandlers {
  /** Zoom by `factor` around the point at `anchor` (0–1 across the plot). */
  zoom: (factor: number, anchor: number) => void;
  /** Move by `fraction` of the visible span (positive: later). */
  pan: (fraction: number) => void;
  /** A drag began: cards close. */
  onStart: () => void;
}

/**
 * The mouse and touch gestures of the chart: the wheel zooms around the pointer (a sideways
 * swipe on a touchpad pans), a drag pans. `surface` receives them; `plot` is measured for where
 * the pointer is in time. A drag that moved suppresses the click that ends it, so dragging from
 * a meeting does not open its card. Touch keeps vertical scrolling (touch-action: pan-y).
 */
export function useChartGestures(
  surface: RefObject<HTMLElement | null>,
  plot: RefObject<HTMLElement | null>,
  handlers: GestureHandlers,
  /** Attach once the surface is rendered (it is not while the first data loads). */
  active: boolean,
) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const el = surface.current;
    if (!el) return;
    const rect = () => plot.current?.getBoundingClientRect() ?? el.getBoundingClientRect();
    let drag: { id: number; x: number; moved: boolean } | null = null;
    let suppressClick = false;

    const onWheel = (e: WheelEvent) => {
      const r = rect();
      const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? r.height : 1;
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        latest.current.pan((e.deltaX * scale) / Math.max(1, r.width));
        return;
      }
      if (!e.deltaY) return;
      e.preventDefault();
      const anchor = Math.min(1, Math.max(0, (e.clientX - r.left) / Math.max(1, r.width)));
      latest.current.zoom(2 ** ((e.deltaY * scale) / 400), anchor);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || (e.target as Element).closest('[role="dialog"]')) return;
      drag = { id: e.pointerId, x: e.clientX, moved: false };
    };
    const onMove = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      const dx = e.clientX - drag.x;
      if (!drag.moved && Math.abs(dx) < DRAG_PX) return;
      if (!drag.moved) {
        drag.moved = true;
        el.setPointerCapture(e.pointerId);
        latest.current.onStart();
      }
      drag.x = e.clientX;
      latest.current.pan(-dx / Math.max(1, rect().width));
    };
    const onUp = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      suppressClick = drag.moved;
      drag = null;
    };
    const onClick = (e: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      e.preventDefault();
      e.stopPropagation();
    };

    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    el.addEventListener('click', onClick, true);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      el.removeEventListener('click', onClick, true);
    };
  }, [surface, plot, active]);
}
