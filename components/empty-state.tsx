import type { ReactNode } from 'react';

export interface EmptyStateProps {
  children: ReactNode;
  /** A way out: usually a link to create the first record. */
  action?: ReactNode;
}

/** What a list says when it has nothing to show. */
export function EmptyState({ children, action }: EmptyStateProps) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="mx-auto text-slate-700">{children}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
