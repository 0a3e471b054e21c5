import { format, parseISO } from 'date-fns';
import Link from 'next/link';
import type { PeriodCount } from '@/lib/domain/profiles';
import { meetingsHref } from '@/lib/url-state';
import { type ChartSplit, chartSplits, type DashboardState, dashboardHref } from './dashboard-url';
import { LazyPeriodChart } from './lazy-period-chart';
import { PeriodTable } from './period-table';
import { type ChartBar, type ChartSeries, seriesOf } from './series';

export interface MeetingsChartProps {
  state: DashboardState;
  periods: PeriodCount[];
  unit: 'month' | 'year';
  /** Every value the split can take, in display order (colours follow it). */
  splitValues: ReadonlyArray<{ value: string; label: string }>;
}

const splitNames: Record<ChartSplit, string> = { format: 'By format', region: 'By region' };

const descriptions: Record<ChartSplit, string> = {
  format: 'Each bar is split by the meeting’s format; the segments add up to the total above it.',
  region:
    'Each bar is split by the world regions the participants came from. A meeting with participants from two regions counts in both, and one of international organizations only in neither, so the segments need not add up to the total above the bar.',
};

/** Why the bars may add up to more than the meetings of the period. */
const spanNote = (unit: 'month' | 'year') =>
  `A meeting whose dates span two ${unit}s counts in both.`;

function barsOf(periods: PeriodCount[], unit: 'month' | 'year'): ChartBar[] {
  const sameYear = periods.every((p) => p.period.slice(0, 4) === periods[0]?.period.slice(0, 4));
  return periods.map((p) => {
    const day = parseISO(unit === 'year' ? `${p.period}-01-01` : `${p.period}-01`);
    const parts: ChartBar['parts'] = {};
    for (const part of p.parts ?? []) {
      parts[part.value] = { count: part.count, href: meetingsHref(part.filters) };
    }
    return {
      period: p.period,
      short: unit === 'year' ? p.period : format(day, sameYear ? 'MMM' : 'MMM yy'),
      long: unit === 'year' ? p.period : format(day, 'MMMM yyyy'),
      count: p.count,
      href: meetingsHref(p.filters),
      parts,
    };
  });
}

/** The choice of split, as links that keep the rest of the dashboard's state. */
function SplitToggle({ state }: { state: DashboardState }) {
  return (
    <nav
      aria-label="Split the bars"
      className="flex rounded-md border border-slate-300 bg-white p-0.5"
    >
      {chartSplits.map((split) => {
        const current = split === state.split;
        return (
          <Link
            key={split}
            href={dashboardHref({ ...state, split }, '#meetings-per-period')}
            scroll={false}
            aria-current={current ? 'true' : undefined}
            className={`rounded px-2.5 py-1 text-sm font-medium ${
              current ? 'bg-blue-800 text-white' : 'text-slate-700 hover:bg-slate-100'
            }`}
          >
            {splitNames[split]}
          </Link>
        );
      })}
    </nav>
  );
}

/**
 * Held meetings per month (or year), stacked by format or region: the chart for the mouse, the
 * same numbers and links in a table for everyone else.
 */
export function MeetingsChart({ state, periods, unit, splitValues }: MeetingsChartProps) {
  const bars = barsOf(periods, unit);
  const present = new Set(bars.flatMap((b) => Object.keys(b.parts)));
  const series: ChartSeries[] = seriesOf(splitValues).filter((s) => present.has(s.key));
  const unitLabel = unit === 'year' ? 'Year' : 'Month';
  const descriptionId = 'meetings-per-period-description';
  return (
    <figure
      aria-describedby={descriptionId}
      className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
    >
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <p id={descriptionId} className="text-sm text-slate-600">
          {descriptions[state.split]} {spanNote(unit)}
        </p>
        <SplitToggle state={state} />
      </div>
      {bars.some((b) => b.count) ? null : (
        <p className="mt-2 text-sm font-medium text-slate-700">
          No meetings held in this period with these filters.
        </p>
      )}
      <LazyPeriodChart bars={bars} series={series} />
      {series.length ? (
        <ul
          aria-label="Colours"
          className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700"
        >
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="size-3 rounded-xs"
                style={{ background: s.color }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-blue-800">
          The numbers as a table
        </summary>
        <div className="mt-2 overflow-x-auto">
          <PeriodTable
            caption={`Meetings held per ${unit}, ${splitNames[state.split].toLowerCase()}`}
            unitLabel={unitLabel}
            bars={bars}
            series={series}
          />
        </div>
      </details>
    </figure>
  );
}
