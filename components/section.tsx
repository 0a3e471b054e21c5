import type { ReactNode } from 'react';

export interface SectionProps {
  /** Used for the heading's id, which names the section for assistive technology. */
  id: string;
  title: ReactNode;
  /** Beside the heading: a count or a link. */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled part of a page (h2), as a labelled region. */
export function Section({ id, title, aside, children, className = '' }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={`mt-8 first:mt-0 ${className}`}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-lg font-semibold text-slate-950">
          {title}
        </h2>
        {aside ? <div className="text-sm text-slate-600">{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}
