'use client';

import { type RefObject, useCallback, useState } from 'react';
import type { LayoutCell } from '@/lib/timeline/layout';
import type { CardAnchor } from './timeline-card';

/** The card that is open: a meeting's, or a cluster's at the finest zoom. */
export type Selection =
  | { kind: 'meeting'; id: number; lane: string; anchor: CardAnchor; trigger: HTMLElement }
  | { kind: 'cluster'; cell: LayoutCell; lane: string; anchor: CardAnchor; trigger: HTMLElement };

/** The card's width (22rem) and the room kept from the chart's edges. */
const CARD_PX = 352;
const EDGE_PX = 8;

/**
 * Which card is open, placed under what was clicked (in `container`'s coordinates, kept inside
 * it). Closing gives the focus back to what opened the card, or to `fallback` when that is gone.
 */
export function useCard(
  container: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
) {
  const [selection, setSelection] = useState<Selection | null>(null);

  const anchorOf = useCallback(
    (target: HTMLElement): CardAnchor => {
      const box = container.current?.getBoundingClientRect();
      const r = target.getBoundingClientRect();
      if (!box) return { left: EDGE_PX, top: r.bottom };
      const width = Math.min(CARD_PX, box.width - 2 * EDGE_PX);
      const left = Math.min(Math.max(EDGE_PX, r.left - box.left), box.width - width - EDGE_PX);
      return { left, top: r.bottom - box.top + 4 };
    },
    [container],
  );

  const openMeeting = useCallback(
    (id: number, lane: string, trigger: HTMLElement) =>
      setSelection({ kind: 'meeting', id, lane, trigger, anchor: anchorOf(trigger) }),
    [anchorOf],
  );
  const openCluster = useCallback(
    (cell: LayoutCell, lane: string, trigger: HTMLElement) =>
      setSelection({ kind: 'cluster', cell, lane, trigger, anchor: anchorOf(trigger) }),
    [anchorOf],
  );
  /** Closes and gives the focus back (Escape, the close button). */
  const close = useCallback(() => {
    if (!selection) return;
    const back = selection.trigger.isConnected ? selection.trigger : fallback.current;
    setSelection(null);
    back?.focus({ preventScroll: true });
  }, [selection, fallback]);
  /** Closes without moving the focus (a click elsewhere, or the view moved). */
  const dismiss = useCallback(() => setSelection(null), []);

  return { selection, openMeeting, openCluster, close, dismiss };
}
