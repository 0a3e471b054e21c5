'use client';

import { Field } from '@/components/ui/field';
import type { Classification, MeetingFormat, MeetingStatus } from '@/lib/domain/vocabularies';
import { fieldId } from '@/lib/meeting-form-errors';
import { classificationOptions, formatOptions, statusOptions } from './options';
import type { SectionProps } from './types';

/** Format, status and classification: three short selects side by side on wide screens. */
export function KindFields({ values, errors, update }: SectionProps) {
  return (
    <div className="grid grid-cols-1 gap-x-6 gap-y-5 md:grid-cols-3">
      <Field id={fieldId('format')} label="Format" error={errors.format}>
        {(control) => (
          <select
            {...control}
            value={values.format}
            onChange={(e) => update({ format: e.target.value as MeetingFormat })}
          >
            {formatOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('status')} label="Status" error={errors.status}>
        {(control) => (
          <select
            {...control}
            value={values.status}
            onChange={(e) => update({ status: e.target.value as MeetingStatus })}
          >
            {statusOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('classification')} label="Classification" error={errors.classification}>
        {(control) => (
          <select
            {...control}
            value={values.classification}
            onChange={(e) => update({ classification: e.target.value as Classification })}
          >
            {classificationOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/** What was discussed and what came of it. */
export function NarrativeFields({ values, errors, update }: SectionProps) {
  return (
    <div className="grid grid-cols-1 gap-5">
      <Field id={fieldId('summary')} label="Summary" error={errors.summary}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={values.summary}
            onChange={(e) => update({ summary: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={fieldId('outcomes')}
        label="Outcomes"
        error={errors.outcomes}
        hint="Agreements, announcements, anything decided."
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.outcomes}
            onChange={(e) => update({ outcomes: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
