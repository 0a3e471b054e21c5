import type { ReactNode } from 'react';

export interface DuplicateCandidateView {
  key: string | number;
  /** "Kairat Umarov" */
  name: string;
  /** "Kazakhstan · First Deputy Foreign Minister, Ministry of Foreign Affairs" */
  detail: string;
  /** "Initials match" */
  reason: string;
  /** What the user can do with this record: use it, open it, merge with it. */
  actions: ReactNode;
}

export interface DuplicateWarningProps {
  candidates: readonly DuplicateCandidateView[];
  /** Under the list: "Create anyway", or why it may still be a different record. */
  footer?: ReactNode;
  className?: string;
}

/**
 * "Possible duplicate" under a name being typed: the stored records that may be the same, why,
 * and what to do. A warning, never a block. The region is polite-live, so screen readers hear
 * it appear without losing their place.
 */
export function DuplicateWarning({ candidates, footer, className = '' }: DuplicateWarningProps) {
  return (
    <div aria-live="polite" className={className}>
      {candidates.length ? (
        <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">
            {candidates.length === 1 ? 'Possible duplicate:' : 'Possible duplicates:'}
          </p>
          <ul className="mt-2 space-y-3">
            {candidates.map((c) => (
              <li
                key={c.key}
                className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0">
                  <span className="font-medium">{c.name}</span>
                  {c.detail ? <span> ({c.detail})</span> : null}
                  <span className="block text-xs text-amber-900">{c.reason}</span>
                </div>
                <div className="flex shrink-0 flex-wrap gap-2">{c.actions}</div>
              </li>
            ))}
          </ul>
          {footer ? <div className="mt-3 border-t border-amber-200 pt-3">{footer}</div> : null}
        </div>
      ) : null}
    </div>
  );
}
