'use client';

import type { Ref } from 'react';
import type { AxisTick } from '@/lib/timeline/ticks';

export interface TimelineAxisProps {
  ticks: AxisTick[];
  /** What the lanes stand for, above their names: "Country". */
  heading: string;
  /** The plot's part of the axis: measured for the plot's width and the wheel's anchor. */
  plotRef: Ref<HTMLDivElement>;
}

/** The dates along the top, staying in sight while the lanes scroll by. */
export function TimelineAxis({ ticks, heading, plotRef }: TimelineAxisProps) {
  return (
    <div className="sticky top-0 z-20 flex border-b border-slate-300 bg-white">
      <div className="hidden w-44 shrink-0 border-r border-slate-200 px-3 py-2 text-xs font-semibold text-slate-700 sm:block">
        {heading}
      </div>
      <div ref={plotRef} className="relative h-9 min-w-0 flex-1 overflow-clip">
        <ol aria-label="Dates on the time axis">
          {ticks.map((t) => (
            <li
              key={t.at}
              className="absolute inset-y-0 border-l border-slate-300 pt-2 pl-1.5 text-xs whitespace-nowrap text-slate-700 tabular-nums"
              style={{ left: `${t.position * 100}%` }}
            >
              {t.label}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
