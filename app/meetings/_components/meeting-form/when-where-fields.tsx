'use client';

import { CountryCombobox } from '@/components/ui/country-combobox';
import { Field } from '@/components/ui/field';
import type { DatePrecision } from '@/lib/domain/vocabularies';
import { fieldId } from '@/lib/meeting-form-errors';
import { convertDate } from '@/lib/meeting-form-values';
import { datePrecisionOptions, type EventOption } from './options';
import type { SectionProps, WithCountries } from './types';

export interface WhenWhereFieldsProps extends SectionProps, WithCountries {
  events: readonly EventOption[];
}

/** Title, date (as precise as the source allows), time, place and the umbrella event. */
export function WhenWhereFields({
  values,
  errors,
  update,
  countries,
  events,
}: WhenWhereFieldsProps) {
  const isRange = values.datePrecision === 'range';
  const isMonth = values.datePrecision === 'month';

  function chooseEvent(raw: string) {
    const event = events.find((e) => String(e.id) === raw) ?? null;
    // An event fills in only what is still empty: nothing the user typed is overwritten.
    update((s) => ({
      ...s,
      eventId: event?.id ?? null,
      city: s.city || event?.city || '',
      countryCode: s.countryCode || event?.countryCode || '',
      ...(event && !s.date
        ? { datePrecision: 'range' as const, date: event.startDate, endDate: event.endDate }
        : {}),
    }));
  }

  return (
    <div className="grid grid-cols-1 gap-x-6 gap-y-5 md:grid-cols-2">
      <Field
        id={fieldId('title')}
        label="Title"
        error={errors.title}
        required
        className="md:col-span-2"
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.title}
            onChange={(e) => update({ title: e.target.value })}
            placeholder="e.g. Umarov – Schmid (OSCE)"
          />
        )}
      </Field>
      <Field
        id={fieldId('datePrecision')}
        label="Date precision"
        error={errors.datePrecision}
        hint="A press release often gives only a month or “during the session”."
      >
        {(control) => (
          <select
            {...control}
            value={values.datePrecision}
            onChange={(e) => {
              const precision = e.target.value as DatePrecision;
              update((s) => ({
                ...s,
                datePrecision: precision,
                date: convertDate(s.date, precision),
              }));
            }}
          >
            {datePrecisionOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={fieldId('date')}
        label="Date"
        error={errors.date}
        required
        hint={
          isMonth ? 'The month it took place.' : isRange ? 'The first day of the range.' : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            type={isMonth ? 'month' : 'date'}
            value={values.date}
            onChange={(e) => update({ date: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={fieldId('endDate')}
        label="End date"
        error={errors.endDate}
        required={isRange}
        hint={isRange ? 'The last day of the range.' : 'Only for a date range.'}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={isRange ? values.endDate : ''}
            min={isRange && values.date ? values.date : undefined}
            disabled={!isRange}
            onChange={(e) => update({ endDate: e.target.value })}
          />
        )}
      </Field>
      <Field id={fieldId('time')} label="Time" error={errors.time} hint="Local time at the venue.">
        {(control) => (
          <input
            {...control}
            type="time"
            value={values.time}
            onChange={(e) => update({ time: e.target.value })}
          />
        )}
      </Field>
      <Field id={fieldId('venue')} label="Venue" error={errors.venue}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.venue}
            onChange={(e) => update({ venue: e.target.value })}
            placeholder="e.g. Vienna International Centre"
          />
        )}
      </Field>
      <Field id={fieldId('city')} label="City" error={errors.city}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.city}
            onChange={(e) => update({ city: e.target.value })}
          />
        )}
      </Field>
      <CountryCombobox
        id={fieldId('countryCode')}
        countries={countries}
        value={values.countryCode}
        onChange={(code) => update({ countryCode: code })}
        error={errors.countryCode}
        hint="Where the meeting took place."
      />
      <Field
        id={fieldId('eventId')}
        label="Event"
        error={errors.eventId}
        hint="The session or summit it was part of, if any."
      >
        {(control) => (
          <select
            {...control}
            value={values.eventId === null ? '' : String(values.eventId)}
            onChange={(e) => chooseEvent(e.target.value)}
          >
            <option value="">None</option>
            {events.map((e) => (
              <option key={e.id} value={String(e.id)}>
                {e.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
