import { formatIsoDay } from '@/lib/calendar';
import type { PeriodCount } from '@/lib/domain/profiles';
import { CountLink } from './count-link';

export interface PeriodBarsProps {
  periods: PeriodCount[];
  /** Names the list, e.g. "Meetings per year where Kazakhstan was represented". */
  label: string;
  /** What a period is, for the caption: "year" or "month". */
  unit: 'year' | 'month';
}

function periodLabel(period: string): string {
  return period.length === 4 ? period : formatIsoDay(`${period}-01`, 'MMM yyyy');
}

/**
 * A bar per year or month, oldest first, each count opening exactly those meetings (from/to of
 * the period). The caption says that a meeting spanning two periods counts in both.
 */
export function PeriodBars({ periods, label, unit }: PeriodBarsProps) {
  if (!periods.length) return <p className="text-sm text-slate-600">No meetings recorded.</p>;
  const max = Math.max(1, ...periods.map((p) => p.count));
  const captionId = `${label.replace(/\W+/g, '-').toLowerCase()}-note`;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <ol aria-label={label} aria-describedby={captionId} className="space-y-1.5">
        {periods.map((p) => (
          <li
            key={p.period}
            className="grid grid-cols-[4.5rem_1fr_auto] items-center gap-3 text-sm"
          >
            <span className="text-slate-700 tabular-nums">{periodLabel(p.period)}</span>
            <span aria-hidden="true" className="h-3 rounded-sm bg-slate-100">
              <span
                className="block h-3 rounded-sm bg-blue-700"
                style={{ width: `${(p.count / max) * 100}%` }}
              />
            </span>
            <span className="min-w-[5.5rem] text-right">
              {p.count ? (
                <CountLink
                  count={p.count}
                  filters={p.filters}
                  context={`in ${periodLabel(p.period)}`}
                />
              ) : (
                <span className="text-slate-600 tabular-nums">0 meetings</span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <figcaption id={captionId} className="mt-3 text-xs text-slate-600">
        A meeting counts in every {unit} its dates overlap, so one spanning two {unit}s counts in
        both.
      </figcaption>
    </figure>
  );
}
