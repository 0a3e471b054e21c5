'use client';

import { type RefObject, useEffect, useState } from 'react';

/**
 * The element's width in pixels, kept up to date as it resizes; `initial` until it is measured
 * (on the server, and in the first render, so that hydration matches).
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  initial: number,
  active = true,
) {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width;
      if (w) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, active]);
  return width;
}
