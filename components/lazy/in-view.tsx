'use client';

import { type ReactNode, useRef } from 'react';
import { useInView } from './use-in-view';

export interface InViewProps {
  /** What to draw once in view: typically a `next/dynamic` component, whose chunk loads then. */
  children: ReactNode;
  /** Until then: a skeleton of the same size, so that nothing moves when it comes. */
  fallback: ReactNode;
  className?: string;
}

/** Renders its children only once they come into view (see useInView), the fallback before. */
export function InView({ children, fallback, className }: InViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const seen = useInView(ref);
  return (
    <div ref={ref} className={className}>
      {seen ? children : fallback}
    </div>
  );
}
