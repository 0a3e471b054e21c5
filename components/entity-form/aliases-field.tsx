'use client';

import { Button } from '@/components/ui/button';
import { controlClasses, describedBy, FieldError } from '@/components/ui/field';
import { fieldId } from '@/lib/meeting-form-errors';
import { focusSoon } from './form-parts';

export interface AliasesFieldProps {
  /** The names, one per row; blank rows are dropped on save. */
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Messages by key: 'aliases' for the list, 'aliases.2' for one row. */
  errors: Record<string, string>;
  hint: string;
}

/**
 * Other names of a record as a list of rows: transliterations, former names, acronyms in other
 * languages. Each row is an input of its own, so nothing typed waits for an "Add" to be kept.
 */
export function AliasesField({ values, onChange, errors, hint }: AliasesFieldProps) {
  const listError = errors.aliases;
  function add() {
    onChange([...values, '']);
    focusSoon(fieldId(`aliases.${values.length}`));
  }
  function remove(index: number) {
    onChange(values.filter((_, i) => i !== index));
    focusSoon(values.length > 1 ? fieldId(`aliases.${Math.max(0, index - 1)}`) : 'add-alias');
  }
  return (
    <fieldset
      id="field-aliases"
      tabIndex={-1}
      aria-describedby={describedBy('field-aliases', { hint, error: listError })}
      className="outline-none"
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">Other names</legend>
      <p id="field-aliases-hint" className="mb-2 text-xs text-slate-600">
        {hint}
      </p>
      <ul className="space-y-2">
        {values.map((value, index) => {
          const id = fieldId(`aliases.${index}`);
          const error = errors[`aliases.${index}`];
          return (
            <li key={index}>
              <div className="flex items-start gap-2">
                <label htmlFor={id} className="sr-only">
                  Other name {index + 1}
                </label>
                <input
                  id={id}
                  type="text"
                  value={value}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) =>
                    onChange(values.map((v, i) => (i === index ? e.target.value : v)))
                  }
                  className={controlClasses(Boolean(error))}
                />
                <Button variant="ghost" onClick={() => remove(index)} className="shrink-0">
                  <span aria-hidden="true">×</span>
                  <span className="sr-only">Remove other name {index + 1}</span>
                </Button>
              </div>
              <FieldError id={id} message={error} />
            </li>
          );
        })}
      </ul>
      <Button id="add-alias" variant="secondary" className="mt-2" onClick={add}>
        Add another name
      </Button>
      <FieldError id="field-aliases" message={listError} />
    </fieldset>
  );
}
