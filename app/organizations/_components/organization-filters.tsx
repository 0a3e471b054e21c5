import { FilterSearch, FilterSelect, ListFilters } from '@/components/list-filters';
import { organizationKinds } from '@/lib/domain/vocabularies';
import type { OrganizationListParams } from '@/lib/validation/profile-lists';
import { organizationKindLabels } from './kind-labels';

export interface OrganizationFiltersProps {
  params: OrganizationListParams;
  countries: Array<{ code: string; name: string }>;
}

/** The organizations list's search and filters: a GET form, so the URL holds the state. */
export function OrganizationFilters({ params, countries }: OrganizationFiltersProps) {
  return (
    <ListFilters
      action="/organizations"
      label="Find organizations"
      active={Boolean(params.q || params.kind || params.country)}
      columns="lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <FilterSearch id="organizations-q" label="Name, acronym or alias" value={params.q} />
      <FilterSelect
        id="organizations-kind"
        name="kind"
        label="Kind"
        value={params.kind}
        any="Any kind"
        options={organizationKinds.map((k) => ({ value: k, label: organizationKindLabels[k] }))}
      />
      <FilterSelect
        id="organizations-country"
        name="country"
        label="Country"
        value={params.country}
        any="Any country"
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
    </ListFilters>
  );
}
