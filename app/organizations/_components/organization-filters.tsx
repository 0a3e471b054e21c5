import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import { organizationKinds } from '@/db/schema';
import type { OrganizationListParams } from '@/lib/validation/profile-lists';
import { organizationKindLabels } from './kind-labels';

export interface OrganizationFiltersProps {
  params: OrganizationListParams;
  countries: Array<{ code: string; name: string }>;
}

/** The organizations list's search and filters: a GET form, so the URL holds the state. */
export function OrganizationFilters({ params, countries }: OrganizationFiltersProps) {
  const active = Boolean(params.q || params.kind || params.country);
  return (
    <form
      method="get"
      action="/organizations"
      role="search"
      aria-label="Find organizations"
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <div>
        <label htmlFor="organizations-q" className="block text-sm font-medium text-slate-800">
          Name, acronym or alias
        </label>
        <input
          id="organizations-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ''}
          className={controlClasses(false, 'mt-1')}
        />
      </div>
      <div>
        <label htmlFor="organizations-kind" className="block text-sm font-medium text-slate-800">
          Kind
        </label>
        <select
          id="organizations-kind"
          name="kind"
          defaultValue={params.kind ?? ''}
          className={controlClasses(false, 'mt-1')}
        >
          <option value="">Any kind</option>
          {organizationKinds.map((k) => (
            <option key={k} value={k}>
              {organizationKindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="organizations-country" className="block text-sm font-medium text-slate-800">
          Country
        </label>
        <select
          id="organizations-country"
          name="country"
          defaultValue={params.country ?? ''}
          className={controlClasses(false, 'mt-1')}
        >
          <option value="">Any country</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-start gap-3 sm:col-span-2 lg:col-span-1 lg:pt-6">
        <button type="submit" className={buttonClasses('primary')}>
          Search
        </button>
        {active ? (
          <Link href="/organizations" className="link py-2 text-sm">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
