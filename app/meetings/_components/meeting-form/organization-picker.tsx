'use client';

import { useQuery } from '@tanstack/react-query';
import { OrganizationDuplicates } from '@/components/entity-form/found-duplicates';
import { Button } from '@/components/ui/button';
import { Combobox } from '@/components/ui/combobox';
import { CountryCombobox, type CountryOption } from '@/components/ui/country-combobox';
import { Field } from '@/components/ui/field';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import type { OrganizationKind } from '@/lib/domain/vocabularies';
import { organizationQueries, type OrganizationOption } from '@/lib/queries/organizations';
import { type NewOrganizationDraft, type OfficialDraft, organizationLabel } from './official-draft';
import { organizationKindOptions } from './options';
import { focusSoon } from './section';

type OrgItem = { kind: 'organization'; organization: OrganizationOption } | { kind: 'new' };

export interface OrganizationPickerProps {
  draft: OfficialDraft;
  change: (patch: Partial<OfficialDraft>) => void;
  errors: Record<string, string>;
  countries: readonly CountryOption[];
  countryName: (code: string) => string;
}

/** The new official's organization: an existing one from a type-ahead, or a new one. */
export function OrganizationPicker({
  draft,
  change,
  errors,
  countries,
  countryName,
}: OrganizationPickerProps) {
  const typed = draft.organizationQuery.trim();
  const debounced = useDebouncedValue(typed, 150);
  const search = useQuery(organizationQueries.search(debounced));
  const selected = draft.organization
    ? { kind: 'organization' as const, organization: draft.organization }
    : null;

  function startNew(name: string) {
    const org: NewOrganizationDraft = {
      name,
      acronym: '',
      kind: draft.countryCode ? 'ministry' : 'international',
      countryCode: draft.countryCode,
    };
    change({ newOrganization: org, organization: null });
    focusSoon('new-official-org-name');
  }

  if (draft.newOrganization) {
    const org = draft.newOrganization;
    const set = (patch: Partial<NewOrganizationDraft>) =>
      change({ newOrganization: { ...org, ...patch } });
    const international = org.kind === 'international';
    return (
      <fieldset className="rounded-md border border-slate-200 bg-slate-50 p-4">
        <legend className="float-left mb-3 w-full text-sm font-semibold text-slate-800">
          New organization
        </legend>
        <div className="clear-left grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field
            id="new-official-org-name"
            label="Organization name"
            error={errors['newOrganization.name']}
            required
            className="sm:col-span-2"
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={org.name}
                onChange={(e) => set({ name: e.target.value })}
              />
            )}
          </Field>
          <Field
            id="new-official-org-acronym"
            label="Acronym"
            error={errors['newOrganization.acronym']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={org.acronym}
                onChange={(e) => set({ acronym: e.target.value })}
              />
            )}
          </Field>
          <Field id="new-official-org-kind" label="Kind" error={errors['newOrganization.kind']}>
            {(control) => (
              <select
                {...control}
                value={org.kind}
                onChange={(e) => set({ kind: e.target.value as OrganizationKind })}
              >
                {organizationKindOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CountryCombobox
            id="new-official-org-country"
            label="Organization country"
            countries={countries}
            value={international ? '' : org.countryCode}
            onChange={(code) => set({ countryCode: code })}
            disabled={international}
            hint={international ? 'International organizations have no country.' : undefined}
            error={errors['newOrganization.countryCode']}
          />
        </div>
        <OrganizationDuplicates
          name={org.name}
          acronym={org.acronym}
          countryCode={international ? '' : org.countryCode}
          countryName={countryName}
          actions={(o) => (
            <Button
              variant="secondary"
              className="py-1"
              aria-label={`Use this one: ${o.name}`}
              onClick={() => {
                change({
                  organization: {
                    id: o.id,
                    name: o.name,
                    acronym: o.acronym,
                    kind: o.kind,
                    countryCode: o.countryCode,
                  },
                  organizationQuery: organizationLabel(o),
                  newOrganization: null,
                });
                focusSoon('new-official-organization');
              }}
            >
              Use this one
            </Button>
          )}
          footer={<p>If it is a different organization, go on: it is created with the official.</p>}
        />
        <Button
          variant="secondary"
          className="mt-4"
          onClick={() => {
            change({ newOrganization: null });
            focusSoon('new-official-organization');
          }}
        >
          Choose an existing organization instead
        </Button>
      </fieldset>
    );
  }

  const found = typed ? (search.data ?? []) : [];
  const items: OrgItem[] = [
    ...found.map((organization) => ({ kind: 'organization' as const, organization })),
    ...(typed ? [{ kind: 'new' as const }] : []),
  ];
  return (
    <div>
      <Combobox<OrgItem>
        id="new-official-organization"
        label="Organization"
        items={items}
        itemToKey={(i) => (i.kind === 'new' ? 'new' : `org-${i.organization.id}`)}
        itemToString={(i) =>
          !i ? '' : i.kind === 'new' ? 'New organization' : organizationLabel(i.organization)
        }
        renderItem={(i) =>
          i.kind === 'new' ? (
            <span className="font-medium text-blue-800">New organization</span>
          ) : (
            <>
              <span className="font-medium">{organizationLabel(i.organization)}</span>
              {i.organization.countryCode ? (
                <span className="text-slate-600"> — {countryName(i.organization.countryCode)}</span>
              ) : null}
            </>
          )
        }
        initialInputValue={draft.organizationQuery}
        onInputValueChange={(value) => change({ organizationQuery: value })}
        selectedItem={selected}
        keepUnmatchedText
        isAction={(i) => i.kind === 'new'}
        onSelect={(item, text) => {
          if (item.kind === 'new') startNew(text.trim());
          else change({ organization: item.organization });
        }}
        onClear={() => change({ organization: null })}
        status={
          typed && !found.length && !search.isFetching
            ? `No organization matches “${typed}”.`
            : undefined
        }
        hint="Where they hold their position. Leave empty if unknown."
        error={errors.organizationId}
      />
      <Button variant="secondary" className="mt-2" onClick={() => startNew(typed)}>
        New organization
      </Button>
    </div>
  );
}
