'use client';

import { focusSoon } from '@/components/entity-form/form-parts';
import { OrganizationSelect } from '@/components/entity-form/record-select';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { fieldId } from '@/lib/meeting-form-errors';
import { emptyPosition, type PositionRow } from './official-form-state';

export interface PositionsFieldProps {
  rows: readonly PositionRow[];
  onChange: (rows: PositionRow[]) => void;
  errors: Record<string, string>;
  countryName: (code: string) => string;
}

/**
 * An official's positions, oldest first: organization, title and dates. A position ends when it
 * gets its last day; removing a row removes the position (it stays in the history).
 */
export function PositionsField({ rows, onChange, errors, countryName }: PositionsFieldProps) {
  const change = (index: number, patch: Partial<PositionRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  function add() {
    onChange([...rows, emptyPosition()]);
    focusSoon(fieldId(`positions.${rows.length}.organizationId`));
  }
  function remove(index: number) {
    onChange(rows.filter((_, i) => i !== index));
    focusSoon('add-position');
  }
  return (
    <div className="space-y-4">
      {rows.length ? null : <p className="text-sm text-slate-600">No positions recorded.</p>}
      {rows.map((row, index) => {
        const key = (field: string) => `positions.${index}.${field}`;
        return (
          <fieldset key={row.key} className="rounded-md border border-slate-200 bg-slate-50 p-4">
            <legend className="float-left mb-3 w-full text-sm font-semibold text-slate-700">
              Position {index + 1}
              {row.title.trim() ? <span className="font-normal">: {row.title.trim()}</span> : null}
            </legend>
            <div className="clear-left grid grid-cols-1 gap-4 md:grid-cols-2">
              <div className="md:col-span-2">
                <OrganizationSelect
                  id={fieldId(key('organizationId'))}
                  label="Organization"
                  value={row.organization}
                  text={row.organizationText}
                  onTextChange={(text) => change(index, { organizationText: text })}
                  onChoose={(organization) => change(index, { organization })}
                  error={errors[key('organizationId')]}
                  countryName={countryName}
                  hint="Type a name or acronym. Leave empty if the position is not at an organization."
                />
              </div>
              <Field
                id={fieldId(key('title'))}
                label="Title"
                error={errors[key('title')]}
                required
                className="md:col-span-2"
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={row.title}
                    onChange={(e) => change(index, { title: e.target.value })}
                    placeholder="e.g. First Deputy Foreign Minister"
                  />
                )}
              </Field>
              <Field id={fieldId(key('startDate'))} label="Start" error={errors[key('startDate')]}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={row.startDate}
                    onChange={(e) => change(index, { startDate: e.target.value })}
                  />
                )}
              </Field>
              <Field
                id={fieldId(key('endDate'))}
                label="End"
                error={errors[key('endDate')]}
                hint="Leave empty while they hold it."
              >
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={row.endDate}
                    min={row.startDate || undefined}
                    onChange={(e) => change(index, { endDate: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <div className="mt-3 flex justify-end">
              <Button variant="ghost" onClick={() => remove(index)}>
                Remove position {index + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button id="add-position" variant="secondary" onClick={add}>
        Add position
      </Button>
    </div>
  );
}
