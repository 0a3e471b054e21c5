'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { ParticipantRole } from '@/lib/domain/vocabularies';
import { fieldId } from '@/lib/meeting-form-errors';
import { type ParticipantRow } from '@/lib/meeting-form-values';
import { roleOptions } from './options';

export interface ParticipantRowViewProps {
  index: number;
  row: ParticipantRow;
  errors: Record<string, string>;
  onChange: (patch: Partial<ParticipantRow>) => void;
  onRemove: () => void;
}

/** One participant: who they are, their role and their title at the time of the meeting. */
export function ParticipantRowView({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: ParticipantRowViewProps) {
  const key = (field: string) => `participants.${index}.${field}`;
  return (
    <li>
      <fieldset className="rounded-md border border-slate-200 bg-slate-50 p-4">
        <legend className="float-left w-full">
          <span className="block text-sm font-semibold text-slate-900">{row.name}</span>
          {row.detail ? <span className="block text-sm text-slate-600">{row.detail}</span> : null}
        </legend>
        <div className="clear-left grid grid-cols-1 items-end gap-4 pt-3 md:grid-cols-[12rem_1fr_auto]">
          <Field id={fieldId(key('role'))} label="Role" error={errors[key('role')]}>
            {(control) => (
              <select
                {...control}
                value={row.role}
                onChange={(e) => onChange({ role: e.target.value as ParticipantRole })}
              >
                {roleOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId(key('title'))} label="Title at the time" error={errors[key('title')]}>
            {(control) => (
              <input
                {...control}
                type="text"
                value={row.title}
                onChange={(e) => onChange({ title: e.target.value })}
              />
            )}
          </Field>
          <Button variant="ghost" onClick={onRemove} className="justify-self-start md:mb-0.5">
            Remove {row.name}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
