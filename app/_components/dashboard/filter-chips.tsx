import Link from 'next/link';
import {
  type DashboardFilterKey,
  type DashboardState,
  dashboardFilterKeys,
  dashboardHref,
  withoutValue,
} from './dashboard-url';

export interface FilterChipsProps {
  state: DashboardState;
  labels: Record<DashboardFilterKey, Array<{ value: string; label: string }>>;
  /** A navigation is on its way: say so. */
  pending: boolean;
}

const filterNames: Record<DashboardFilterKey, string> = {
  country: 'Country',
  organization: 'Organization',
  topic: 'Topic',
  official: 'Official',
};

/** The active filter values, each a link that removes it (the period and the rest stay). */
export function FilterChips({ state, labels, pending }: FilterChipsProps) {
  const chips = dashboardFilterKeys.flatMap((key) => labels[key].map((v) => ({ key, ...v })));
  const none = { country: [], organization: [], topic: [], official: [] };
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      {chips.length ? (
        <>
          <span className="text-slate-700">Filtered to:</span>
          {chips.map((chip) => (
            <Link
              key={`${chip.key}:${chip.value}`}
              href={withoutValue(state, chip.key, chip.value)}
              scroll={false}
              className="inline-flex items-center gap-1 rounded-full bg-blue-50 px-2.5 py-0.5 text-blue-900 ring-1 ring-blue-200 hover:bg-blue-100"
              aria-label={`Remove ${filterNames[chip.key].toLowerCase()} ${chip.label}`}
            >
              {filterNames[chip.key]}: {chip.label}
              <span aria-hidden="true">×</span>
            </Link>
          ))}
          {chips.length > 1 ? (
            <Link
              href={dashboardHref({ ...state, filters: { ...state.filters, ...none } })}
              scroll={false}
              className="link"
            >
              Clear all
            </Link>
          ) : null}
        </>
      ) : (
        <span className="text-slate-600">All countries, organizations, topics and officials.</span>
      )}
      <span role="status" className="text-slate-600">
        {pending ? 'Updating…' : ''}
      </span>
    </div>
  );
}
