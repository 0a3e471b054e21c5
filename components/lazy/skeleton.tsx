import type { CSSProperties } from 'react';

export interface SkeletonProps {
  /** Size and shape, e.g. `h-72 w-full sm:h-80`: the same as what it stands for. */
  className: string;
  /** Said to screen readers while the real thing loads, e.g. "Loading the chart". */
  label?: string;
  /** A size known only at run time (e.g. from the data). */
  style?: CSSProperties;
}

/** A grey block standing in for content that is on its way. */
export function Skeleton({ className, label, style }: SkeletonProps) {
  return (
    <div
      style={style}
      className={`animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none ${className}`}
      role={label ? 'status' : undefined}
      aria-hidden={label ? undefined : true}
    >
      {label ? <span className="sr-only">{label}</span> : null}
    </div>
  );
}
