'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { AliasesField } from '@/components/entity-form/aliases-field';
import { DuplicateFooter, DuplicateLink } from '@/components/entity-form/duplicate-choices';
import { OrganizationDuplicates } from '@/components/entity-form/found-duplicates';
import { FormActions, FormCard, FormErrorSummary } from '@/components/entity-form/form-parts';
import { OrganizationSelect } from '@/components/entity-form/record-select';
import { useEntityForm } from '@/components/entity-form/use-entity-form';
import { CountryCombobox, type CountryOption } from '@/components/ui/country-combobox';
import { Field } from '@/components/ui/field';
import { type OrganizationKind, organizationKinds } from '@/lib/domain/vocabularies';
import { fieldId } from '@/lib/meeting-form-errors';
import { saveOrganizationAction } from '../actions';
import { organizationKindLabels } from './kind-labels';
import {
  organizationFieldLabel,
  organizationFieldOrder,
  type OrganizationFormState,
  toOrganizationValues,
  validateOrganizationForm,
} from './organization-form-state';

export interface OrganizationFormProps {
  initialValues: OrganizationFormState;
  countries: readonly CountryOption[];
  cancelHref: string;
  /** Editing: the organization, the version loaded, and the ids it cannot sit under. */
  organizationId?: number;
  version?: number;
  /** The organization and everything under it: choosing one as parent would make a loop. */
  ownSubtree?: readonly number[];
}

/** Create or edit an organization: names, kind, country, parent, website. */
export function OrganizationForm(props: OrganizationFormProps) {
  const { countries, organizationId, version } = props;
  const router = useRouter();
  const queryClient = useQueryClient();
  const names = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);
  const countryName = (code: string) => names.get(code) ?? code;
  const excluded = useMemo(() => new Set(props.ownSubtree ?? []), [props.ownSubtree]);
  const editing = organizationId !== undefined;
  const { values, update, errors, errorList, formError, pending, onSubmit, formRef } =
    useEntityForm({
      initialValues: props.initialValues,
      validate: validateOrganizationForm,
      submit: (v: OrganizationFormState) =>
        saveOrganizationAction(organizationId ?? null, version ?? null, toOrganizationValues(v)),
      onSaved: async ({ id }: { id: number }) => {
        await queryClient.invalidateQueries({ queryKey: ['organizations'] });
        router.push(`/organizations/${id}`);
      },
    });
  const international = values.kind === 'international';

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-6">
      <FormErrorSummary
        errors={errorList}
        formError={formError}
        target={(key) => key}
        label={organizationFieldLabel}
        order={organizationFieldOrder}
      />
      <FormCard title="Name">
        <div className="grid grid-cols-1 gap-5 md:grid-cols-3">
          <Field
            id={fieldId('name')}
            label="Name"
            error={errors.name}
            required
            className="md:col-span-2"
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={values.name}
                onChange={(e) => update({ name: e.target.value })}
                placeholder="e.g. Organization for Security and Co-operation in Europe"
              />
            )}
          </Field>
          <Field id={fieldId('acronym')} label="Acronym" error={errors.acronym}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={values.acronym}
                onChange={(e) => update({ acronym: e.target.value })}
                placeholder="e.g. OSCE"
              />
            )}
          </Field>
          <div className="md:col-span-3">
            <OrganizationDuplicates
              name={values.name}
              acronym={values.acronym}
              countryCode={international ? '' : values.countryCode}
              excludeId={organizationId}
              countryName={countryName}
              actions={(o) => (
                <DuplicateLink
                  editing={editing}
                  base="/organizations"
                  editedId={organizationId}
                  id={o.id}
                  name={o.name}
                />
              )}
              footer={
                <DuplicateFooter
                  editing={editing}
                  one="organization"
                  many="organizations"
                  pending={pending}
                />
              }
            />
          </div>
          <div className="md:col-span-3">
            <AliasesField
              values={values.aliases}
              onChange={(aliases) => update({ aliases })}
              errors={errors}
              hint="Names in other languages, former names, other acronyms (“OSZE”)."
            />
          </div>
        </div>
      </FormCard>
      <FormCard title="What it is">
        <div className="grid grid-cols-1 gap-5 md:grid-cols-2">
          <Field id={fieldId('kind')} label="Kind" error={errors.kind}>
            {(control) => (
              <select
                {...control}
                value={values.kind}
                onChange={(e) => update({ kind: e.target.value as OrganizationKind })}
              >
                {organizationKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {organizationKindLabels[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CountryCombobox
            id={fieldId('countryCode')}
            countries={countries}
            value={international ? '' : values.countryCode}
            onChange={(code) => update({ countryCode: code })}
            disabled={international}
            error={errors.countryCode}
            hint={
              international
                ? 'International organizations have no country.'
                : 'The state it belongs to.'
            }
          />
          <div className="md:col-span-2">
            <OrganizationSelect
              id={fieldId('parentId')}
              label="Part of"
              value={values.parent}
              text={values.parentText}
              onTextChange={(parentText) => update({ parentText })}
              onChoose={(parent) => update({ parent })}
              excludeIds={excluded}
              error={errors.parentId}
              countryName={countryName}
              hint="The organization it sits under, e.g. UNODC under the United Nations. Leave empty if none."
            />
          </div>
          <Field
            id={fieldId('website')}
            label="Website"
            error={errors.website}
            className="md:col-span-2"
          >
            {(control) => (
              <input
                {...control}
                type="url"
                inputMode="url"
                value={values.website}
                onChange={(e) => update({ website: e.target.value })}
                placeholder="e.g. https://www.osce.org"
              />
            )}
          </Field>
        </div>
      </FormCard>
      <FormActions
        cancelHref={props.cancelHref}
        pending={pending}
        submitLabel={editing ? 'Save organization' : 'Create organization'}
      />
    </form>
  );
}
