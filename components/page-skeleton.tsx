import { Skeleton } from '@/components/lazy/skeleton';

/**
 * What a page shows while its data is read on the server (each route's loading.tsx): grey
 * blocks in the page's own shape, so that it never sits blank and nothing jumps when the real
 * page streams in. Screen readers hear "Loading …" once.
 */
export type PageShape = 'dashboard' | 'workbench' | 'timeline' | 'list' | 'profile' | 'record';

export interface PageSkeletonProps {
  shape: PageShape;
  /** What is loading, said to screen readers: "Loading the dashboard". */
  label: string;
}

function Header() {
  return (
    <div className="mb-6 space-y-2">
      <Skeleton className="h-8 w-64 max-w-full sm:h-9" />
      <Skeleton className="h-5 w-96 max-w-full" />
    </div>
  );
}

function Rows({ count }: { count: number }) {
  return (
    <div className="divide-y divide-slate-100 rounded-lg border border-slate-200">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex items-center gap-4 px-4 py-3">
          <Skeleton className="h-4 w-24 shrink-0" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="hidden h-4 w-32 sm:block" />
        </div>
      ))}
    </div>
  );
}

function Body({ shape }: { shape: PageShape }) {
  switch (shape) {
    case 'dashboard':
      return (
        <>
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-24" />
            ))}
          </div>
          <div className="mt-8 grid gap-8 lg:grid-cols-3">
            <Skeleton className="h-72 lg:col-span-2" />
            <Skeleton className="h-72" />
          </div>
        </>
      );
    case 'workbench':
      return (
        <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
          <div className="hidden space-y-4 lg:block">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-32" />
            ))}
          </div>
          <div className="space-y-4">
            <Skeleton className="h-10" />
            <Rows count={8} />
          </div>
        </div>
      );
    case 'timeline':
      return (
        <div className="space-y-4">
          <Skeleton className="h-10" />
          <Skeleton className="h-96" />
        </div>
      );
    case 'list':
      return (
        <div className="space-y-4">
          <Skeleton className="h-10 w-full sm:w-96" />
          <Rows count={10} />
        </div>
      );
    case 'profile':
      return (
        <div className="space-y-8">
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-20" />
            ))}
          </div>
          <Skeleton className="h-48" />
          <Rows count={6} />
        </div>
      );
    case 'record':
      return (
        <div className="space-y-6">
          <Skeleton className="h-32" />
          <Skeleton className="h-48" />
          <Skeleton className="h-24" />
        </div>
      );
  }
}

export function PageSkeleton({ shape, label }: PageSkeletonProps) {
  return (
    <div role="status" aria-live="polite" data-testid="page-skeleton">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true">
        <Header />
        <Body shape={shape} />
      </div>
    </div>
  );
}
