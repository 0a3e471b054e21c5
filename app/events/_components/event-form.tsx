'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { FormActions, FormCard, FormErrorSummary } from '@/components/entity-form/form-parts';
import { OrganizationSelect } from '@/components/entity-form/record-select';
import { useEntityForm } from '@/components/entity-form/use-entity-form';
import { CountryCombobox, type CountryOption } from '@/components/ui/country-combobox';
import { Field } from '@/components/ui/field';
import { fieldId } from '@/lib/meeting-form-errors';
import { saveEventAction } from '../actions';
import {
  eventFieldLabel,
  eventFieldOrder,
  type EventFormState,
  toEventValues,
  validateEventForm,
} from './event-form-state';

export interface EventFormProps {
  initialValues: EventFormState;
  countries: readonly CountryOption[];
  cancelHref: string;
  /** Editing: the event and the version loaded. */
  eventId?: number;
  version?: number;
}

type TextField = 'name' | 'venue' | 'city';

/** Create or edit an event: a session, summit or forum that meetings happen on the sidelines of. */
export function EventForm({
  initialValues,
  countries,
  cancelHref,
  eventId,
  version,
}: EventFormProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const names = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);
  const { values, update, errors, errorList, formError, pending, onSubmit, formRef } =
    useEntityForm({
      initialValues,
      validate: validateEventForm,
      submit: (v: EventFormState) =>
        saveEventAction(eventId ?? null, version ?? null, toEventValues(v)),
      onSaved: async ({ id }: { id: number }) => {
        await queryClient.invalidateQueries({ queryKey: ['events'] });
        router.push(`/events/${id}`);
      },
    });
  const text = (
    field: TextField,
    label: string,
    extra: { required?: boolean; placeholder?: string },
  ) => (
    <Field id={fieldId(field)} label={label} error={errors[field]} required={extra.required}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={values[field]}
          onChange={(e) => update({ [field]: e.target.value })}
          placeholder={extra.placeholder}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-6">
      <FormErrorSummary
        errors={errorList}
        formError={formError}
        target={(key) => key}
        label={eventFieldLabel}
        order={eventFieldOrder}
      />
      <FormCard title="Event">
        <div className="grid grid-cols-1 gap-5 md:grid-cols-2">
          <div className="md:col-span-2">
            {text('name', 'Name', {
              required: true,
              placeholder: 'e.g. 66th session of the Commission on Narcotic Drugs',
            })}
          </div>
          <Field id={fieldId('startDate')} label="First day" error={errors.startDate} required>
            {(control) => (
              <input
                {...control}
                type="date"
                value={values.startDate}
                onChange={(e) => update({ startDate: e.target.value })}
              />
            )}
          </Field>
          <Field id={fieldId('endDate')} label="Last day" error={errors.endDate} required>
            {(control) => (
              <input
                {...control}
                type="date"
                value={values.endDate}
                min={values.startDate || undefined}
                onChange={(e) => update({ endDate: e.target.value })}
              />
            )}
          </Field>
          <div className="md:col-span-2">
            {text('venue', 'Venue', { placeholder: 'e.g. Vienna International Centre' })}
          </div>
          {text('city', 'City', {})}
          <CountryCombobox
            id={fieldId('countryCode')}
            countries={countries}
            value={values.countryCode}
            onChange={(code) => update({ countryCode: code })}
            error={errors.countryCode}
          />
          <div className="md:col-span-2">
            <OrganizationSelect
              id={fieldId('organizerId')}
              label="Organizer"
              value={values.organizer}
              text={values.organizerText}
              onTextChange={(organizerText) => update({ organizerText })}
              onChoose={(organizer) => update({ organizer })}
              error={errors.organizerId}
              countryName={(code) => names.get(code) ?? code}
              hint="The organization that convenes it, if any."
            />
          </div>
          <Field
            id={fieldId('description')}
            label="Description"
            error={errors.description}
            className="md:col-span-2"
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={values.description}
                onChange={(e) => update({ description: e.target.value })}
              />
            )}
          </Field>
        </div>
      </FormCard>
      <FormActions
        cancelHref={cancelHref}
        pending={pending}
        submitLabel={eventId !== undefined ? 'Save event' : 'Create event'}
      />
    </form>
  );
}
