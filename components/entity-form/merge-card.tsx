import Link from 'next/link';
import type { ReactNode } from 'react';

export interface MergeCardProps {
  side: 'keep' | 'drop';
  /** Names the card's region: "Kept: Kairat Umarov". */
  name: string;
  href: string;
  /** The same pair with the roles swapped. */
  swapHref: string;
  /** Facts as term–description pairs, in the same order on both cards. */
  facts: ReadonlyArray<{ term: string; value: ReactNode }>;
}

/** One of the two records of a merge, side by side with the other. */
export function MergeCard({ side, name, href, swapHref, facts }: MergeCardProps) {
  const keep = side === 'keep';
  const headingId = `merge-${side}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-5 shadow-xs sm:p-6 ${
        keep ? 'border-blue-300 ring-1 ring-blue-200' : 'border-slate-200'
      }`}
    >
      <p
        className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${
          keep ? 'bg-blue-100 text-blue-900' : 'bg-amber-100 text-amber-950'
        }`}
      >
        {keep ? 'Kept' : 'Merged into the kept record, then removed'}
      </p>
      <h2 id={headingId} className="mt-2 text-lg font-semibold text-slate-950">
        <Link href={href} className="link">
          {name}
        </Link>
      </h2>
      <dl className="mt-4 space-y-3 text-sm">
        {facts.map((f) => (
          <div key={f.term}>
            <dt className="font-medium text-slate-600">{f.term}</dt>
            <dd className="mt-0.5 text-slate-900">{f.value}</dd>
          </div>
        ))}
      </dl>
      {keep ? null : (
        <Link href={swapHref} className="link mt-4 inline-block text-sm">
          Keep this one instead
        </Link>
      )}
    </section>
  );
}
