import type { ReactNode } from 'react';

export type BadgeTone = 'slate' | 'blue' | 'green' | 'amber' | 'red' | 'violet';

const tones: Record<BadgeTone, string> = {
  slate: 'bg-slate-100 text-slate-800 ring-slate-300',
  blue: 'bg-blue-50 text-blue-900 ring-blue-200',
  green: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  amber: 'bg-amber-50 text-amber-900 ring-amber-300',
  red: 'bg-red-50 text-red-900 ring-red-200',
  violet: 'bg-violet-50 text-violet-900 ring-violet-200',
};

export interface BadgeProps {
  tone?: BadgeTone;
  /** Read before the text by screen readers, e.g. "Status:". */
  label?: string;
  children: ReactNode;
}

/** A small coloured tag; the colour repeats the text, never replaces it. */
export function Badge({ tone = 'slate', label, children }: BadgeProps) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}
    >
      {label ? <span className="sr-only">{label} </span> : null}
      {children}
    </span>
  );
}
