import Link from 'next/link';
import type { CountryView } from '@/db/queries/profiles/country-profile';

export interface CountryTabsProps {
  name: string;
  view: CountryView;
  /** The page's address for a view (keeps the date range). */
  hrefOf: (view: CountryView) => string;
  counts: Record<CountryView, number>;
}

/**
 * The two sets of a country's meetings as tabs that are links (each its own URL, so a view can
 * be shared and works without JavaScript); the open one is marked as the current page.
 */
export function CountryTabs({ name, view, hrefOf, counts }: CountryTabsProps) {
  const tabs: Array<{ view: CountryView; label: string }> = [
    { view: 'represented', label: `Where ${name} was represented` },
    { view: 'held', label: `Held in ${name}` },
  ];
  return (
    <nav aria-label="Meetings of this country" className="mt-8 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-x-2">
        {tabs.map((t) => {
          const current = t.view === view;
          return (
            <li key={t.view}>
              <Link
                href={hrefOf(t.view)}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                  current
                    ? 'border-blue-800 text-blue-900'
                    : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-950'
                }`}
              >
                {t.label}{' '}
                <span className="text-slate-600 tabular-nums">
                  ({counts[t.view].toLocaleString('en')})
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
