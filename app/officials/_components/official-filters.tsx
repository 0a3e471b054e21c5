import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import type { OfficialListParams } from '@/lib/validation/profile-lists';

export interface OfficialFiltersProps {
  params: OfficialListParams;
  countries: Array<{ code: string; name: string }>;
  organizations: Array<{ id: number; name: string; acronym: string | null }>;
}

/** The officials list's search and filters: a GET form, so the URL holds the state. */
export function OfficialFilters({ params, countries, organizations }: OfficialFiltersProps) {
  const active = Boolean(params.q || params.country || params.organization);
  return (
    <form
      method="get"
      action="/officials"
      role="search"
      aria-label="Find officials"
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1.5fr_auto]"
    >
      <div>
        <label htmlFor="officials-q" className="block text-sm font-medium text-slate-800">
          Name or alias
        </label>
        <input
          id="officials-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ''}
          className={controlClasses(false, 'mt-1')}
        />
      </div>
      <div>
        <label htmlFor="officials-country" className="block text-sm font-medium text-slate-800">
          Country served
        </label>
        <select
          id="officials-country"
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
      <div>
        <label htmlFor="officials-org" className="block text-sm font-medium text-slate-800">
          Organization
        </label>
        <select
          id="officials-org"
          name="organization"
          defaultValue={params.organization ? String(params.organization) : ''}
          aria-describedby="officials-org-hint"
          className={controlClasses(false, 'mt-1')}
        >
          <option value="">Any organization</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {o.acronym ? ` (${o.acronym})` : ''}
            </option>
          ))}
        </select>
        <p id="officials-org-hint" className="mt-1 text-xs text-slate-600">
          A position there or in a part of it, now or before.
        </p>
      </div>
      <div className="flex items-start gap-3 sm:col-span-2 lg:col-span-1 lg:pt-6">
        <button type="submit" className={buttonClasses('primary')}>
          Search
        </button>
        {active ? (
          <Link href="/officials" className="link py-2 text-sm">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
