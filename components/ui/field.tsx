import type { ReactNode } from 'react';

/** Classes for a text input, select or textarea; red border when the value is invalid. */
export function controlClasses(invalid = false, extra = ''): string {
  return [
    'block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-xs',
    'placeholder:text-slate-500 focus:outline-2 focus:outline-offset-0 focus:outline-blue-700',
    'disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500',
    invalid ? 'border-red-700' : 'border-slate-300',
    extra,
  ]
    .join(' ')
    .trim();
}

/** The ids that describe a control: its hint, then its error. */
export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: string }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export interface FieldErrorProps {
  id: string;
  message?: string;
}

/** The message under a field that needs attention (id `${fieldId}-error`). */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

export interface FieldHintProps {
  id: string;
  children?: ReactNode;
}

export function FieldHint({ id, children }: FieldHintProps) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
      {children}
    </p>
  );
}

export interface FieldLabelProps {
  htmlFor?: string;
  id?: string;
  required?: boolean;
  children: ReactNode;
}

/**
 * A visible label; "Required" sits outside the <label> so the control's accessible name is
 * exactly the label text.
 */
export function FieldLabel({ htmlFor, id, required, children }: FieldLabelProps) {
  return (
    <div className="mb-1 flex items-baseline justify-between gap-2">
      <label htmlFor={htmlFor} id={id} className="text-sm font-medium text-slate-800">
        {children}
      </label>
      {required ? <span className="text-xs text-slate-600">Required</span> : null}
    </div>
  );
}

/** Props a Field hands to its control so the label, hint and error are wired up. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
}

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and error message. */
export function Field({ id, label, error, hint, required, className = '', children }: FieldProps) {
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, { hint, error }),
        className: controlClasses(Boolean(error)),
      })}
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}
