'use client';

import { type FormEvent, useSyncExternalStore } from 'react';
import { CountryNamesProvider } from '@/components/filters/country-names';
import { type FinderItem, FacetFinder } from '@/components/filters/facet-finder';
import { useUrlNavigation } from '@/components/filters/use-url-navigation';
import type { CountryOption } from '@/lib/country-search';
import type { PeriodChoice } from '@/lib/periods';
import { queryHref } from '@/lib/url-state';
import {
  type DashboardFilterKey,
  type DashboardState,
  dashboardFilterKeys,
  dashboardHref,
} from './dashboard-url';
import { FilterChips } from './filter-chips';
import { PeriodPicker } from './period-picker';

export interface DashboardControlsProps {
  state: DashboardState;
  periodOptions: Array<{ value: PeriodChoice; label: string }>;
  countries: readonly CountryOption[];
  /** The active filter values with their names. */
  labels: Record<DashboardFilterKey, Array<{ value: string; label: string }>>;
}

/**
 * The period and the filters that apply to every widget, all in the URL. A GET form, so that
 * the period works without JavaScript; with it, a preset or an added filter applies at once.
 */
export function DashboardControls({
  state,
  periodOptions,
  countries,
  labels,
}: DashboardControlsProps) {
  const { navigate: go, pending } = useUrlNavigation();
  const interactive = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const choose = (choice: PeriodChoice) =>
    go(dashboardHref({ ...state, allFollowUps: false, period: { ...state.period, choice } }));
  const add = (key: DashboardFilterKey) => (item: FinderItem) => {
    const value = key === 'country' ? item.value : Number(item.value);
    const values = [...(state.filters[key] as ReadonlyArray<string | number>), value];
    go(dashboardHref({ ...state, filters: { ...state.filters, [key]: values } }));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(event.currentTarget)) params.append(k, String(v));
    go(queryHref('/', params));
  };
  return (
    <form
      method="get"
      action="/"
      onSubmit={onSubmit}
      aria-label="Period and filters"
      className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
    >
      <PeriodPicker
        key={`${state.period.choice}:${state.period.from}:${state.period.to}`}
        choice={state.period.choice}
        from={state.period.from}
        to={state.period.to}
        options={periodOptions}
        onChoose={choose}
      />
      {/* The type-ahead needs JavaScript: until it runs, the fields say so by being disabled. */}
      <fieldset disabled={!interactive} className="mt-4 border-t border-slate-100 pt-3">
        <legend className="float-left mb-2 text-sm font-medium text-slate-800">
          Only meetings with…
        </legend>
        <CountryNamesProvider countries={countries}>
          <div className="clear-left grid grid-cols-2 gap-3 lg:grid-cols-4">
            {dashboardFilterKeys.map((key) => (
              <FacetFinder
                key={key}
                filterKey={key}
                facetValues={[]}
                selected={(state.filters[key] as ReadonlyArray<string | number>).map(String)}
                onPick={add(key)}
              />
            ))}
          </div>
        </CountryNamesProvider>
      </fieldset>
      {dashboardFilterKeys.flatMap((key) =>
        (state.filters[key] as ReadonlyArray<string | number>).map((v) => (
          <input key={`${key}:${v}`} type="hidden" name={key} value={String(v)} />
        )),
      )}
      {state.split !== 'format' ? <input type="hidden" name="split" value={state.split} /> : null}
      <FilterChips state={state} labels={labels} pending={pending} />
    </form>
  );
}

const noChange = () => () => {};
