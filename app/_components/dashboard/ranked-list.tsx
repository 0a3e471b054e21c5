import Link from 'next/link';

export interface RankedItem {
  key: string;
  label: string;
  /** The value's own page (a country or organization profile), if it has one. */
  href?: string;
  count: number;
  /** The /meetings list of exactly the meetings counted. */
  countHref: string;
}

export interface RankedListProps {
  /** Names the list: "Top counterpart countries". */
  label: string;
  items: RankedItem[];
  /** How a count reads aloud: (n, label) → "12 meetings with Kazakhstan". */
  countLabel: (count: number, label: string) => string;
  empty: string;
}

/** Values ranked by their meetings: a bar to compare at a glance, the count a link to the list. */
export function RankedList({ label, items, countLabel, empty }: RankedListProps) {
  if (!items.length) return <p className="text-sm text-slate-600">{empty}</p>;
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <ol
      aria-label={label}
      className="space-y-2.5 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:p-4"
    >
      {items.map((item) => (
        <li key={item.key}>
          <div className="flex items-baseline justify-between gap-3">
            {item.href ? (
              <Link href={item.href} className="link min-w-0 truncate">
                {item.label}
              </Link>
            ) : (
              <span className="min-w-0 truncate text-slate-900">{item.label}</span>
            )}
            <Link
              href={item.countHref}
              className="link shrink-0 font-medium tabular-nums"
              aria-label={countLabel(item.count, item.label)}
            >
              {item.count.toLocaleString('en')}
            </Link>
          </div>
          <div aria-hidden="true" className="mt-1 h-1.5 rounded-full bg-slate-100">
            <div
              className="h-1.5 rounded-full bg-blue-700"
              style={{ width: `${Math.max(2, (item.count / max) * 100)}%` }}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
