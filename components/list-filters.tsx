import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';

/**
 * The search-and-filter bar of a records list (officials, organizations): a GET form, so the
 * URL holds the state, with a Search button and, when something is set, Clear.
 */
export function ListFilters(props: {
  action: string;
  label: string;
  active: boolean;
  /** Tailwind grid columns at lg, e.g. "lg:grid-cols-[2fr_1fr_1fr_auto]". */
  columns: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={props.action}
      role="search"
      aria-label={props.label}
      className={`mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 ${props.columns}`}
    >
      {props.children}
      <div className="flex items-start gap-3 sm:col-span-2 lg:col-span-1 lg:pt-6">
        <button type="submit" className={buttonClasses('primary')}>
          Search
        </button>
        {props.active ? (
          <Link href={props.action} className="link py-2 text-sm">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

const labelClasses = 'block text-sm font-medium text-slate-800';

/** The text box of a ListFilters, named `q`. */
export function FilterSearch(props: { id: string; label: string; value: string | undefined }) {
  return (
    <div>
      <label htmlFor={props.id} className={labelClasses}>
        {props.label}
      </label>
      <input
        id={props.id}
        name="q"
        type="search"
        defaultValue={props.value ?? ''}
        className={controlClasses(false, 'mt-1')}
      />
    </div>
  );
}

/** A select of a ListFilters, with an "Any …" first option and an optional hint below. */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  any: string;
  options: ReadonlyArray<{ value: string | number; label: string }>;
  hint?: string;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={props.id} className={labelClasses}>
        {props.label}
      </label>
      <select
        id={props.id}
        name={props.name}
        defaultValue={props.value === undefined ? '' : String(props.value)}
        aria-describedby={hintId}
        className={controlClasses(false, 'mt-1')}
      >
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
