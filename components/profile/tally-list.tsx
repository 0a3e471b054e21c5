import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Tally } from '@/lib/domain/profiles';
import { CountLink } from './count-link';

export interface TallyListProps<T extends Tally> {
  tallies: T[];
  /** Names the list for assistive technology, e.g. "Top counterparts". */
  label: string;
  /** The value's own page (a profile), or null when it has none. */
  hrefOf?: (tally: T) => string | null;
  /** Read after each count, e.g. `with ${t.label}`. */
  context?: (tally: T) => string;
  /** A line under the name, e.g. the cities met in. */
  detail?: (tally: T) => ReactNode;
  /** Shown when there is nothing to list. */
  empty: string;
}

/**
 * A ranked list: each value with a bar (for the eye only) and its count, which opens the
 * meetings it counts. The number is always written, so nothing depends on reading the bar.
 */
export function TallyList<T extends Tally>({
  tallies,
  label,
  hrefOf,
  context,
  detail,
  empty,
}: TallyListProps<T>) {
  if (!tallies.length) return <p className="text-sm text-slate-600">{empty}</p>;
  const max = Math.max(1, ...tallies.map((t) => t.count));
  return (
    <ol
      aria-label={label}
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {tallies.map((t) => {
        const href = hrefOf?.(t) ?? null;
        return (
          <li key={t.value} className="px-4 py-2.5 text-sm">
            <div className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 font-medium break-words text-slate-900">
                {href ? (
                  <Link href={href} className="link">
                    {t.label}
                  </Link>
                ) : (
                  t.label
                )}
              </span>
              <CountLink
                count={t.count}
                filters={t.filters}
                context={context?.(t)}
                className="shrink-0 whitespace-nowrap"
              />
            </div>
            <span aria-hidden="true" className="mt-1.5 block h-1.5 rounded-full bg-slate-100">
              <span
                className="block h-1.5 rounded-full bg-blue-700"
                style={{ width: `${Math.max(2, (t.count / max) * 100)}%` }}
              />
            </span>
            {detail ? <div className="mt-1 text-slate-600">{detail(t)}</div> : null}
          </li>
        );
      })}
    </ol>
  );
}
