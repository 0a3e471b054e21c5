'use client';

import { type RefObject, useEffect, useState } from 'react';

/**
 * True once the element comes within `rootMargin` of the viewport. It starts watching only after
 * the page's `load` event, so that what it gates (a chart's chunk) never weighs on the first
 * load; after a client-side navigation the page has long loaded and it watches at once. The
 * margin reaches ahead, so a chart is drawn by the time it is scrolled to.
 */
export function useInView(
  ref: RefObject<Element | null>,
  rootMargin = '0px 0px 100% 0px',
): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    let observer: IntersectionObserver | undefined;
    const watch = () => {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) setSeen(true);
        },
        { rootMargin },
      );
      observer.observe(element);
    };
    if (document.readyState === 'complete') watch();
    else window.addEventListener('load', watch, { once: true });
    return () => {
      window.removeEventListener('load', watch);
      observer?.disconnect();
    };
  }, [ref, rootMargin, seen]);
  return seen;
}
