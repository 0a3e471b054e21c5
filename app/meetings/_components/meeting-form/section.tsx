import type { ReactNode } from 'react';

/** Focuses an element once React has rendered it (a row just added, a button after a removal). */
export function focusSoon(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

export interface FormSectionProps {
  title: string;
  description?: string;
  children: ReactNode;
}

/** A card of the form with a heading, for the parts that are not a single fieldset. */
export function FormSection({ title, description, children }: FormSectionProps) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}

export interface SectionFieldsetProps {
  legend: string;
  hint?: string;
  children: ReactNode;
}

/** A card that is one group of controls ("Sources", "Follow-ups"), named by its legend. */
export function SectionFieldset({ legend, hint, children }: SectionFieldsetProps) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
      <legend className="float-left w-full text-base font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="clear-left pt-1 text-sm text-slate-600">{hint}</p> : null}
      <div className="clear-left mt-5 space-y-4">{children}</div>
    </fieldset>
  );
}

export interface RowFieldsetProps {
  legend: string;
  children: ReactNode;
}

/** One repeatable row ("Source 1"), so its labels are unambiguous. */
export function RowFieldset({ legend, children }: RowFieldsetProps) {
  return (
    <fieldset className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <legend className="float-left mb-3 w-full text-sm font-semibold text-slate-700">
        {legend}
      </legend>
      <div className="clear-left">{children}</div>
    </fieldset>
  );
}
