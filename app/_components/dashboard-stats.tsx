import Link from 'next/link';
import type { DashboardCounts } from '@/db/queries/dashboard';
import { formatDay } from '@/lib/dates';

export interface DashboardStatsProps {
  counts: DashboardCounts;
  /** First day counted as "the last 12 months" (ISO day). */
  since: string;
}

interface Stat {
  label: string;
  value: number;
  detail: string;
  href: string;
  linkLabel: string;
}

/** The headline figures, each linking to the list it summarises. */
export function DashboardStats({ counts, since }: DashboardStatsProps) {
  const stats: Stat[] = [
    {
      label: 'Meetings held in the last 12 months',
      value: counts.meetingsHeld,
      detail: `Since ${formatDay(since)}`,
      href: '/timeline',
      linkLabel: 'Timeline',
    },
    {
      label: 'Officials',
      value: counts.officials,
      detail: 'People on record',
      href: '/officials',
      linkLabel: 'All officials',
    },
    {
      label: 'Organizations',
      value: counts.organizations,
      detail: 'Ministries, international bodies and more',
      href: '/organizations',
      linkLabel: 'All organizations',
    },
    {
      label: 'Countries represented',
      value: counts.countriesRepresented,
      detail: 'In at least one meeting',
      href: '/countries',
      linkLabel: 'All countries',
    },
    {
      label: 'Open follow-ups',
      value: counts.openFollowUps,
      detail: `${counts.overdueFollowUps.toLocaleString('en')} overdue`,
      href: '#follow-ups-due',
      linkLabel: 'Due soonest',
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      {stats.map((s, i) => (
        <div
          key={s.label}
          className={`flex flex-col rounded-lg border border-slate-200 bg-white p-3 shadow-xs sm:p-4 ${
            i === 0 ? 'col-span-2 lg:col-span-1' : ''
          }`}
        >
          <dt className="text-sm font-medium text-slate-700">{s.label}</dt>
          <dd className="order-first text-2xl font-semibold sm:text-3xl tracking-tight text-slate-950 tabular-nums">
            {s.value.toLocaleString('en')}
          </dd>
          <dd className="mt-1 text-sm text-slate-600">{s.detail}</dd>
          <dd className="mt-auto pt-2 text-sm">
            <Link href={s.href} className="link">
              {s.linkLabel}
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
