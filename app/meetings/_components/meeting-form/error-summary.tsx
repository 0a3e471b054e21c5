import type { MouseEvent } from 'react';
import { compareFieldKeys, errorTarget, fieldId, fieldLabel } from '@/lib/meeting-form-errors';

export interface ErrorSummaryProps {
  /** Field errors by schema key ('sources.0.url'). */
  errors: Record<string, string>;
  /** A problem that belongs to no field: a conflict, a server error, no connection. */
  formError: string | null;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

/**
 * The box at the top of the form after a failed save: which fields need attention, as links
 * that move focus to them. The messages themselves sit next to the fields.
 */
export function ErrorSummary({ errors, formError }: ErrorSummaryProps) {
  const seen = new Set<string>();
  const keys = Object.keys(errors).map(errorTarget).sort(compareFieldKeys);
  const fields = keys.flatMap((target) => {
    if (target === '_form' || seen.has(target)) return [];
    seen.add(target);
    return [{ id: fieldId(target), label: fieldLabel(target) }];
  });
  const show = Boolean(formError) || fields.length > 0;
  return (
    <div role="alert" data-form-alert tabIndex={-1} className="outline-none">
      {show ? (
        <div className="mb-6 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          {formError ? <p className="font-medium">{formError}</p> : null}
          {fields.length ? (
            <>
              <p className={formError ? 'mt-2' : 'font-medium'}>
                {fields.length === 1
                  ? 'One field needs attention:'
                  : `${fields.length} fields need attention:`}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {fields.map((f) => (
                  <li key={f.id}>
                    <a
                      href={`#${f.id}`}
                      onClick={(e) => focusField(e, f.id)}
                      className="underline underline-offset-2 hover:text-red-700"
                    >
                      {f.label}
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
