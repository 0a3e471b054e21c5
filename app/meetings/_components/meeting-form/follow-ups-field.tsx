'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { FollowUpStatus } from '@/lib/domain/vocabularies';
import { fieldId } from '@/lib/meeting-form-errors';
import { emptyFollowUp, type FollowUpRow } from '@/lib/meeting-form-values';
import { followUpStatusOptions } from './options';
import { focusSoon, RowFieldset, SectionFieldset } from './section';
import type { SectionProps } from './types';

/** What was promised and who does it, by when. Repeatable rows. */
export function FollowUpsField({ values, errors, update }: SectionProps) {
  function change(index: number, patch: Partial<FollowUpRow>) {
    update((s) => ({
      ...s,
      followUps: s.followUps.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  }
  function add() {
    const index = values.followUps.length;
    update((s) => ({ ...s, followUps: [...s.followUps, emptyFollowUp()] }));
    focusSoon(fieldId(`followUps.${index}.description`));
  }
  function remove(index: number) {
    update((s) => ({ ...s, followUps: s.followUps.filter((_, i) => i !== index) }));
    focusSoon('add-follow-up');
  }

  return (
    <SectionFieldset
      legend="Follow-ups"
      hint="Invitations, promised visits, anything someone has to do next."
    >
      {values.followUps.map((row, index) => {
        const key = (field: string) => `followUps.${index}.${field}`;
        return (
          <RowFieldset key={row.key} legend={`Follow-up ${index + 1}`}>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <Field
                id={fieldId(key('description'))}
                label="Description"
                error={errors[key('description')]}
                required
                className="md:col-span-3"
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={row.description}
                    onChange={(e) => change(index, { description: e.target.value })}
                  />
                )}
              </Field>
              <Field id={fieldId(key('owner'))} label="Owner" error={errors[key('owner')]}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={row.owner}
                    onChange={(e) => change(index, { owner: e.target.value })}
                  />
                )}
              </Field>
              <Field id={fieldId(key('dueDate'))} label="Due date" error={errors[key('dueDate')]}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={row.dueDate}
                    onChange={(e) => change(index, { dueDate: e.target.value })}
                  />
                )}
              </Field>
              <Field
                id={fieldId(key('status'))}
                label="Follow-up status"
                error={errors[key('status')]}
              >
                {(control) => (
                  <select
                    {...control}
                    value={row.status}
                    onChange={(e) => change(index, { status: e.target.value as FollowUpStatus })}
                  >
                    {followUpStatusOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="mt-3 flex justify-end">
              <Button variant="ghost" onClick={() => remove(index)}>
                Remove follow-up {index + 1}
              </Button>
            </div>
          </RowFieldset>
        );
      })}
      <Button id="add-follow-up" variant="secondary" onClick={add}>
        Add follow-up
      </Button>
    </SectionFieldset>
  );
}
