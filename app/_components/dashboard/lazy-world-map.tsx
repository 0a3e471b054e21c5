'use client';

import dynamic from 'next/dynamic';
import { InView } from '@/components/lazy/in-view';
import { Skeleton } from '@/components/lazy/skeleton';
import type { WorldMapProps } from './world-map';

/** The map's box (960 × 470) and its legend's line, so nothing moves when it is drawn. */
const mapSkeleton = (
  <div>
    <Skeleton className="aspect-[960/470] w-full" />
    <Skeleton className="mt-2 h-4 w-64 max-w-full" />
  </div>
);

// The world atlas' topology and d3-geo come with this chunk: neither the page's JavaScript nor
// its HTML carries the countries' outlines.
const WorldMap = dynamic(() => import('./world-map').then((m) => m.WorldMap), {
  ssr: false,
  loading: () => mapSkeleton,
});

/** The counterpart countries' map, loaded when it comes into view (the list has them all). */
export function LazyWorldMap(props: WorldMapProps) {
  return (
    <InView fallback={mapSkeleton}>
      <WorldMap {...props} />
    </InView>
  );
}
