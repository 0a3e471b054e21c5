import { FilterSearch, FilterSelect, ListFilters } from '@/components/list-filters';
import type { OfficialListParams } from '@/lib/validation/profile-lists';

export interface OfficialFiltersProps {
  params: OfficialListParams;
  countries: Array<{ code: string; name: string }>;
  organizations: Array<{ id: number; name: string; acronym: string | null }>;
}

/** The officials list's search and filters: a GET form, so the URL holds the state. */
export function OfficialFilters({ params, countries, organizations }: OfficialFiltersProps) {
  return (
    <ListFilters
      action="/officials"
      label="Find officials"
      active={Boolean(params.q || params.country || params.organization)}
      columns="lg:grid-cols-[2fr_1fr_1.5fr_auto]"
    >
      <FilterSearch id="officials-q" label="Name or alias" value={params.q} />
      <FilterSelect
        id="officials-country"
        name="country"
        label="Country served"
        value={params.country}
        any="Any country"
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <FilterSelect
        id="officials-org"
        name="organization"
        label="Organization"
        value={params.organization}
        any="Any organization"
        options={organizations.map((o) => ({
          value: o.id,
          label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
        }))}
        hint="A position there or in a part of it, now or before."
      />
    </ListFilters>
  );
}
