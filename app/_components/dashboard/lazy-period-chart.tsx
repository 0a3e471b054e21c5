'use client';

import dynamic from 'next/dynamic';
import { InView } from '@/components/lazy/in-view';
import { Skeleton } from '@/components/lazy/skeleton';
import type { PeriodChartProps } from './period-chart';

/** The chart's own box (period-chart.tsx), so nothing moves when it is drawn. */
const chartSkeleton = <Skeleton className="h-72 w-full sm:h-80" />;

// recharts is most of the dashboard's JavaScript: it loads with this chunk, not with the page.
const PeriodChart = dynamic(() => import('./period-chart').then((m) => m.PeriodChart), {
  ssr: false,
  loading: () => chartSkeleton,
});

/** The meetings-per-period chart, loaded when it comes into view (the table has the numbers). */
export function LazyPeriodChart(props: PeriodChartProps) {
  return (
    <InView fallback={chartSkeleton}>
      <PeriodChart {...props} />
    </InView>
  );
}
