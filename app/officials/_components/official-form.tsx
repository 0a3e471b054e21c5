'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { AliasesField } from '@/components/entity-form/aliases-field';
import { DuplicateFooter, DuplicateLink } from '@/components/entity-form/duplicate-choices';
import { OfficialDuplicates } from '@/components/entity-form/found-duplicates';
import { FormActions, FormCard, FormErrorSummary } from '@/components/entity-form/form-parts';
import { useEntityForm } from '@/components/entity-form/use-entity-form';
import { CountryCombobox, type CountryOption } from '@/components/ui/country-combobox';
import { Field } from '@/components/ui/field';
import { fieldId } from '@/lib/meeting-form-errors';
import { sortNameOf } from '@/lib/text';
import { saveOfficialAction } from '../actions';
import {
  officialFieldLabel,
  officialFieldOrder,
  type OfficialFormState,
  toOfficialRecordValues,
  validateOfficialForm,
} from './official-form-state';
import { PositionsField } from './positions-field';

export interface OfficialFormProps {
  initialValues: OfficialFormState;
  countries: readonly CountryOption[];
  cancelHref: string;
  /** Editing: the official and the version the form was loaded at. */
  officialId?: number;
  version?: number;
}

/** Create or edit an official: names, country, notes, Wikidata id and positions. */
export function OfficialForm({
  initialValues,
  countries,
  cancelHref,
  officialId,
  version,
}: OfficialFormProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const names = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);
  const countryName = (code: string) => names.get(code) ?? code;
  const editing = officialId !== undefined;
  const { values, update, errors, errorList, formError, pending, onSubmit, formRef } =
    useEntityForm({
      initialValues,
      validate: validateOfficialForm,
      submit: (v: OfficialFormState) =>
        saveOfficialAction(officialId ?? null, version ?? null, toOfficialRecordValues(v)),
      onSaved: async ({ id }: { id: number }) => {
        await queryClient.invalidateQueries({ queryKey: ['officials'] });
        router.push(`/officials/${id}`);
      },
    });

  function rename(displayName: string) {
    // The sort name follows the name until someone writes one of their own.
    update((s) => ({
      ...s,
      displayName,
      sortName:
        !s.sortName.trim() || s.sortName === sortNameOf(s.displayName)
          ? sortNameOf(displayName)
          : s.sortName,
    }));
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-6">
      <FormErrorSummary
        errors={errorList}
        formError={formError}
        target={(key) => key}
        label={officialFieldLabel}
        order={officialFieldOrder}
      />
      <FormCard title="Name">
        <div className="grid grid-cols-1 gap-5 md:grid-cols-2">
          <div className="md:col-span-2">
            <Field id={fieldId('displayName')} label="Name" error={errors.displayName} required>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  value={values.displayName}
                  onChange={(e) => rename(e.target.value)}
                  placeholder="e.g. Kairat Umarov"
                />
              )}
            </Field>
            <OfficialDuplicates
              name={values.displayName}
              countryCode={values.countryCode}
              excludeId={officialId}
              countryName={countryName}
              actions={(o) => (
                <DuplicateLink
                  editing={editing}
                  base="/officials"
                  editedId={officialId}
                  id={o.id}
                  name={o.displayName}
                />
              )}
              footer={
                <DuplicateFooter editing={editing} one="person" many="people" pending={pending} />
              }
            />
          </div>
          <Field
            id={fieldId('sortName')}
            label="Sort name"
            error={errors.sortName}
            hint="How lists order them: surname first."
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={values.sortName}
                onChange={(e) => update({ sortName: e.target.value })}
              />
            )}
          </Field>
          <div className="md:col-span-2">
            <AliasesField
              values={values.aliases}
              onChange={(aliases) => update({ aliases })}
              errors={errors}
              hint="Other spellings and transliterations (“Qairat Umarov”), maiden names. Searches find them too."
            />
          </div>
        </div>
      </FormCard>
      <FormCard title="Details">
        <div className="grid grid-cols-1 gap-5 md:grid-cols-2">
          <CountryCombobox
            id={fieldId('countryCode')}
            countries={countries}
            value={values.countryCode}
            onChange={(code) => update({ countryCode: code })}
            error={errors.countryCode}
            hint="The state they serve. Leave empty for international civil servants."
          />
          <Field
            id={fieldId('wikidataId')}
            label="Wikidata id"
            error={errors.wikidataId}
            hint="Optional: Q followed by digits, or paste the Wikidata address."
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={values.wikidataId}
                onChange={(e) => update({ wikidataId: e.target.value })}
                placeholder="e.g. Q4349473"
              />
            )}
          </Field>
          <Field id={fieldId('notes')} label="Notes" error={errors.notes} className="md:col-span-2">
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={values.notes}
                onChange={(e) => update({ notes: e.target.value })}
              />
            )}
          </Field>
        </div>
      </FormCard>
      <FormCard
        title="Positions"
        description="Titles and organizations over time. A meeting’s participant title is taken from the position held on its date."
      >
        <PositionsField
          rows={values.positions}
          onChange={(positions) => update({ positions })}
          errors={errors}
          countryName={countryName}
        />
      </FormCard>
      <FormActions
        cancelHref={cancelHref}
        pending={pending}
        submitLabel={editing ? 'Save official' : 'Create official'}
      />
    </form>
  );
}
