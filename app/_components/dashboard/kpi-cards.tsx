import Link from 'next/link';
import type { PeriodFigures } from '@/db/queries/dashboard';
import { change, formatChange } from '@/lib/periods';
import { meetingsHref } from '@/lib/url-state';

export interface KpiCardsProps {
  current: PeriodFigures;
  previous: PeriodFigures;
  /** "1 Dec 2024 – 29 Nov 2025": what the change is measured against. */
  previousLabel: string;
  /** The dashboard's own list of the period's open follow-ups (and the previous period's). */
  followUpsHref: { current: string; previous: string };
}

interface Kpi {
  key: string;
  label: string;
  /** What is counted, for the links' names: ['meeting held', 'meetings held']. */
  noun: [string, string];
  /** What the figure's link opens. */
  opens: string;
  value: number;
  before: number;
  href: string;
  beforeHref: string;
  detail?: string;
}

const n = (v: number) => v.toLocaleString('en');
const count = (v: number, [one, many]: [string, string]) => `${n(v)} ${v === 1 ? one : many}`;
const nouns: Record<'countries' | 'organizations' | 'officials', [string, string]> = {
  countries: ['country', 'countries'],
  organizations: ['organization', 'organizations'],
  officials: ['official', 'officials'],
};

function kpisOf({ current, previous, followUpsHref }: KpiCardsProps): Kpi[] {
  const meetings = {
    href: meetingsHref(current.filters),
    beforeHref: meetingsHref(previous.filters),
    opens: 'list the meetings',
  };
  // Counterparts are counted over the meetings held: their links open those meetings.
  const among = (key: 'countries' | 'organizations' | 'officials', label: string) => ({
    key,
    label,
    noun: nouns[key],
    value: current[key],
    before: previous[key],
    ...meetings,
    opens: `list the ${count(current.meetings, ['meeting', 'meetings'])} they took part in`,
    detail: 'at those meetings',
  });
  return [
    {
      key: 'meetings',
      label: 'Meetings held',
      noun: ['meeting held', 'meetings held'],
      value: current.meetings,
      before: previous.meetings,
      ...meetings,
    },
    among('countries', 'Counterpart countries'),
    among('organizations', 'Organizations'),
    among('officials', 'Officials'),
    {
      key: 'follow-ups',
      label: 'Open follow-ups',
      noun: ['open follow-up', 'open follow-ups'],
      value: current.openFollowUps,
      before: previous.openFollowUps,
      href: followUpsHref.current,
      beforeHref: followUpsHref.previous,
      detail: `${n(current.overdueFollowUps)} overdue`,
      opens: 'list them',
    },
  ];
}

function ChangeLine({ kpi, previousLabel }: { kpi: Kpi; previousLabel: string }) {
  const c = change(kpi.value, kpi.before);
  const arrow = c.delta > 0 ? '▲' : c.delta < 0 ? '▼' : '–';
  const words = c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : 'unchanged';
  return (
    <p className="mt-1 text-sm text-slate-700">
      <span aria-hidden="true" className="mr-1 text-xs text-slate-500">
        {arrow}
      </span>
      <span className="sr-only">{words}, </span>
      <span className="font-medium text-slate-900">{formatChange(c)}</span>{' '}
      <span className="text-slate-600">
        from{' '}
        <Link
          href={kpi.beforeHref}
          className="link"
          aria-label={`${count(kpi.before, kpi.noun)}, ${previousLabel}`}
        >
          {n(kpi.before)}
        </Link>
      </span>
    </p>
  );
}

/**
 * The period's headline figures, each with its change against the previous period; every
 * figure, the previous ones included, links to the meetings (or follow-ups) it counts.
 */
export function KpiCards(props: KpiCardsProps) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" aria-label="Key figures">
      {kpisOf(props).map((kpi, i) => (
        <li
          key={kpi.key}
          className={`flex flex-col rounded-lg border border-slate-200 bg-white p-3 shadow-xs sm:p-4 ${
            i === 0 ? 'col-span-2 sm:col-span-1' : ''
          }`}
        >
          <h3 className="text-sm font-medium text-slate-700">{kpi.label}</h3>
          <Link
            href={kpi.href}
            className="mt-1 self-start text-2xl font-semibold tracking-tight text-slate-950 tabular-nums underline decoration-slate-300 underline-offset-4 hover:text-blue-900 hover:decoration-blue-800 sm:text-3xl"
            aria-label={`${count(kpi.value, kpi.noun)}: ${kpi.opens}`}
          >
            {n(kpi.value)}
          </Link>
          {kpi.detail ? <p className="text-xs text-slate-600">{kpi.detail}</p> : null}
          <div className="mt-auto">
            <ChangeLine kpi={kpi} previousLabel={props.previousLabel} />
          </div>
        </li>
      ))}
    </ul>
  );
}
