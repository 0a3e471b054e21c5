import Link from 'next/link';
import type { MouseEvent, ReactNode } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { fieldId } from '@/lib/meeting-form-errors';

export interface FormErrorSummaryProps {
  /** Field errors by schema key ('positions.0.title'). */
  errors: Record<string, string>;
  /** A problem that belongs to no field: a conflict, a server error, no connection. */
  formError: string | null;
  /** The field that shows a key's message, and what the summary calls it. */
  target: (key: string) => string;
  label: (target: string) => string;
  /** The form's fields top to bottom, so the summary reads like the form. */
  order: readonly string[];
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

const rank = (order: readonly string[], key: string) => {
  const i = order.indexOf(key.split('.')[0] ?? key);
  return i < 0 ? order.length : i;
};

/**
 * The box at the top of a record form after a failed save: what went wrong, and links that move
 * focus to each field that needs attention (their messages sit next to them).
 */
export function FormErrorSummary({
  errors,
  formError,
  target,
  label,
  order,
}: FormErrorSummaryProps) {
  const targets = [...new Set(Object.keys(errors).map(target))]
    .filter((t) => t !== '_form')
    .sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b, 'en', { numeric: true }));
  const show = Boolean(formError) || targets.length > 0;
  return (
    <div role="alert" data-form-alert tabIndex={-1} className="outline-none">
      {show ? (
        <div className="mb-6 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          {formError ? <p className="font-medium">{formError}</p> : null}
          {targets.length ? (
            <>
              <p className={formError ? 'mt-2' : 'font-medium'}>
                {targets.length === 1
                  ? 'One field needs attention:'
                  : `${targets.length} fields need attention:`}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {targets.map((t) => (
                  <li key={t}>
                    <a
                      href={`#${fieldId(t)}`}
                      onClick={(e) => focusField(e, fieldId(t))}
                      className="underline underline-offset-2 hover:text-red-700"
                    >
                      {label(t)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export interface FormCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A titled card of a record form. */
export function FormCard({ title, description, children }: FormCardProps) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}

/** Focuses an element once React has rendered it (a row just added, a button after a removal). */
export function focusSoon(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

export interface FormActionsProps {
  cancelHref: string;
  pending: boolean;
  submitLabel: string;
}

/** Cancel (back to where the user came from) and the save button, at the foot of a form. */
export function FormActions({ cancelHref, pending, submitLabel }: FormActionsProps) {
  return (
    <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-6 sm:flex-row sm:justify-end">
      <Link href={cancelHref} className={buttonClasses('secondary')}>
        Cancel
      </Link>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </Button>
    </div>
  );
}
