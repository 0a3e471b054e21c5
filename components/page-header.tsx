import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title: the count, dates, a kind. */
  description?: ReactNode;
  /** Above the title: a link back to the parent list or record. */
  eyebrow?: ReactNode;
  /** Beside the title: the page's actions. */
  actions?: ReactNode;
}

/** The page's h1 with its context and actions. */
export function PageHeader({ title, description, eyebrow, actions }: PageHeaderProps) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        {eyebrow ? <div className="mb-1 text-sm text-slate-600">{eyebrow}</div> : null}
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-950 sm:text-3xl">
          {title}
        </h1>
        {description ? <div className="mt-1 text-slate-700">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
