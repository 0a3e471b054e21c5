import { formatIsoDay } from '@/lib/calendar';
import Link from 'next/link';
import type { TopicTrend } from '@/db/queries/dashboard';
import type { PeriodCount } from '@/lib/domain/profiles';
import { change, formatChange } from '@/lib/periods';
import { meetingsHref } from '@/lib/url-state';

export interface TopicTrendsProps {
  trends: TopicTrend[];
  unit: 'month' | 'year';
  previousLabel: string;
}

const meetings = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'meeting' : 'meetings'}`;

function periodName(p: PeriodCount, unit: 'month' | 'year') {
  return unit === 'year' ? p.period : formatIsoDay(`${p.period}-01`, 'MMMM yyyy');
}

/**
 * A topic's meetings per period as small bars, for the mouse (each opens its meetings); the
 * figures beside it carry the same information for everyone.
 */
function Sparkline({
  topic,
  periods,
  unit,
}: {
  topic: string;
  periods: PeriodCount[];
  unit: 'month' | 'year';
}) {
  const max = Math.max(1, ...periods.map((p) => p.count));
  const width = 100 / Math.max(1, periods.length);
  return (
    <svg aria-hidden="true" viewBox="0 0 100 24" preserveAspectRatio="none" className="h-6 w-full">
      {periods.map((p, i) => {
        const h = p.count ? Math.max(1.5, (p.count / max) * 24) : 0.75;
        return (
          <a key={p.period} href={meetingsHref(p.filters)} tabIndex={-1}>
            <title>{`${topic}, ${periodName(p, unit)}: ${meetings(p.count)}`}</title>
            <rect
              x={i * width + width * 0.1}
              y={24 - h}
              width={width * 0.8}
              height={h}
              className={p.count ? 'fill-teal-600 hover:fill-teal-800' : 'fill-slate-200'}
            />
          </a>
        );
      })}
    </svg>
  );
}

/** The period's most discussed topics, with their count before and their course over time. */
export function TopicTrends({ trends, unit, previousLabel }: TopicTrendsProps) {
  if (!trends.length)
    return <p className="text-sm text-slate-600">No topics recorded for these meetings.</p>;
  return (
    <ol
      aria-label="Most frequent topics"
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm"
    >
      {trends.map((t) => {
        const c = change(t.current.count, t.previous.count);
        return (
          <li
            key={t.value}
            className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-1 px-3 py-2.5 sm:px-4"
          >
            <span className="truncate font-medium text-slate-900">{t.label}</span>
            <Link
              href={meetingsHref(t.current.filters)}
              className="link justify-self-end font-medium tabular-nums"
              aria-label={`${t.label}: ${meetings(t.current.count)}`}
            >
              {t.current.count.toLocaleString('en')}
            </Link>
            <Sparkline topic={t.label} periods={t.periods} unit={unit} />
            <span className="justify-self-end text-xs whitespace-nowrap text-slate-600">
              {formatChange(c)} from{' '}
              <Link
                href={meetingsHref(t.previous.filters)}
                className="link"
                aria-label={`${t.label}: ${meetings(t.previous.count)}, ${previousLabel}`}
              >
                {t.previous.count.toLocaleString('en')}
              </Link>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
