import Link from 'next/link';
import worldCountries from 'world-countries';
import type { Tally } from '@/lib/domain/profiles';
import { meetingsHref } from '@/lib/url-state';
import { LazyWorldMap } from './lazy-world-map';

export interface CounterpartCountriesProps {
  /** Every counterpart country of the period, most meetings first. */
  tallies: Tally[];
}

/** ISO alpha-2 → numeric (the world atlas' ids), read here so the package stays on the server. */
const numericOf = new Map(worldCountries.map((c) => [c.cca2, c.ccn3]));

const meetings = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'meeting' : 'meetings'}`;

/**
 * The counterpart countries on a world map, and all of them in a table (which also holds the
 * countries too small to see at this scale).
 */
export function CounterpartCountries({ tallies }: CounterpartCountriesProps) {
  if (!tallies.length) {
    return <p className="text-sm text-slate-600">No counterpart countries in these meetings.</p>;
  }
  const mapped = tallies.flatMap((t) => {
    const numeric = numericOf.get(t.value);
    return numeric
      ? [{ numeric, label: t.label, count: t.count, href: meetingsHref(t.filters) }]
      : [];
  });
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <p className="mb-2 text-sm text-slate-600">
        {tallies.length.toLocaleString('en')} countries took part; the darker, the more meetings.
        Select a country for its meetings.
      </p>
      <LazyWorldMap countries={mapped} />
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-blue-800">
          All {tallies.length.toLocaleString('en')} countries as a list
        </summary>
        <ol aria-label="Counterpart countries" className="mt-2 columns-1 gap-6 sm:columns-2">
          {tallies.map((t) => (
            <li key={t.value} className="flex break-inside-avoid justify-between gap-3 py-1">
              <Link href={`/countries/${t.value}`} className="link min-w-0 truncate">
                {t.label}
              </Link>
              <Link
                href={meetingsHref(t.filters)}
                className="link tabular-nums"
                aria-label={`${meetings(t.count)} with ${t.label}`}
              >
                {t.count.toLocaleString('en')}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
