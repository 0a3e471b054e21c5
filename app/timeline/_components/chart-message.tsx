import type { ReactNode } from 'react';

export interface ChartMessageProps {
  text: string;
  role?: 'alert';
  busy?: boolean;
  onRetry?: () => void;
  /** A way on: e.g. a link to log the first meeting. */
  action?: ReactNode;
}

/** What the timeline says instead of itself: loading, nothing to show, or an error. */
export function ChartMessage({ text, role, busy, onRetry, action }: ChartMessageProps) {
  return (
    <div
      role={role}
      aria-busy={busy || undefined}
      className="rounded-lg border border-slate-200 bg-white px-6 py-10 text-center text-slate-700"
    >
      <p className="mx-auto">{text}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry} className="link mt-3 text-sm">
          Try again
        </button>
      ) : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
