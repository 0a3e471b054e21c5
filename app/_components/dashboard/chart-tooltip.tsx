import type { ChartBar, ChartSeries } from './series';

export interface ChartTooltipProps {
  active?: boolean;
  activeIndex?: number | string | null;
  bars: ChartBar[];
  series: ChartSeries[];
}

/** The hovered bar: its period, total, and every non-empty part, with how to open them. */
export function ChartTooltip({ active, activeIndex, bars, series }: ChartTooltipProps) {
  const bar =
    active && activeIndex !== undefined && activeIndex !== null
      ? bars[Number(activeIndex)]
      : undefined;
  if (!bar) return null;
  const parts = series.filter((s) => (bar.parts[s.key]?.count ?? 0) > 0);
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow-lg">
      <p className="font-semibold text-slate-950">
        {bar.long}: {bar.count.toLocaleString('en')} {bar.count === 1 ? 'meeting' : 'meetings'}
      </p>
      {parts.length ? (
        <ul className="mt-1 space-y-0.5">
          {[...parts].reverse().map((s) => (
            <li key={s.key} className="flex items-center gap-2 text-slate-700">
              <span className="size-2.5 shrink-0 rounded-xs" style={{ background: s.color }} />
              <span className="flex-1">{s.label}</span>
              <span className="tabular-nums">{bar.parts[s.key]!.count.toLocaleString('en')}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs text-slate-500">
        {parts.length
          ? 'Click a segment for its meetings, the total for all.'
          : 'Click for the meetings.'}
      </p>
    </div>
  );
}
