'use client';

import { useCallback, useRef, useState } from 'react';
import { ActiveFilters } from '@/components/filters/active-filters';
import { CountryNamesProvider } from '@/components/filters/country-names';
import { FilterPanel } from '@/components/filters/filter-panel';
import { activeChips, activeCount, clearedFilters } from '@/components/filters/filter-state';
import { SearchBox } from '@/components/filters/search-box';
import { useFilterLabels } from '@/components/filters/use-filter-labels';
import type { CountryOption } from '@/lib/country-search';
import { filterQuery } from '@/lib/queries/meetings';
import type { HistoryMode } from '@/lib/url-state';
import { ExportMenu } from './export-menu';
import { Results } from './results';
import { SortSelect } from './sort-select';
import { useMeetingFacets, useWorkbenchUrl } from './use-workbench-data';

export interface WorkbenchProps {
  countries: readonly CountryOption[];
}

/** The /meetings research workbench: search, filters with counts, results, export. */
export function Workbench({ countries }: WorkbenchProps) {
  return (
    <CountryNamesProvider countries={countries}>
      <WorkbenchView />
    </CountryNamesProvider>
  );
}

function WorkbenchView() {
  const { filters, setFilters } = useWorkbenchUrl();
  const facets = useMeetingFacets();
  const { labelOf, rememberLabel } = useFilterLabels(facets.data);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onSearch = useCallback(
    (q: string, mode: HistoryMode) => setFilters({ ...filters, q: q || undefined }, mode),
    [filters, setFilters],
  );
  const clearAll = () => setFilters(clearedFilters(filters));
  const count = activeCount(filters);

  return (
    <div>
      <SearchBox value={filters.q ?? ''} onSearch={onSearch} />
      <div className="mt-6 lg:grid lg:grid-cols-[19rem_minmax(0,1fr)] lg:items-start lg:gap-7">
        {/* On wide screens the filters stay beside the results while the list scrolls. */}
        <div className="mb-4 lg:sticky lg:top-4 lg:mb-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-3 lg:pl-1">
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls="workbench-filters"
            onClick={() => setFiltersOpen((o) => !o)}
            className="inline-flex w-full items-center justify-between rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 lg:hidden"
          >
            <span>Filters{count ? ` (${count})` : ''}</span>
            <span aria-hidden="true">{filtersOpen ? '▴' : '▾'}</span>
          </button>
          <FilterPanel
            id="workbench-filters"
            className={`max-lg:mt-3 max-lg:rounded-lg max-lg:border max-lg:border-slate-200 max-lg:bg-white max-lg:p-4 ${filtersOpen ? '' : 'max-lg:hidden'}`}
            filters={filters}
            facets={facets.data}
            facetsStale={facets.isPlaceholderData}
            facetsFailed={facets.isError}
            onRetryFacets={() => void facets.refetch()}
            onChange={setFilters}
            labelOf={labelOf}
            rememberLabel={rememberLabel}
          />
        </div>
        <section aria-labelledby="workbench-results-heading" className="relative min-w-0">
          <h2 id="workbench-results-heading" ref={headingRef} tabIndex={-1} className="sr-only">
            Results
          </h2>
          <div className="mb-3 flex flex-wrap items-start gap-3">
            <div className="order-2 w-full min-w-0 lg:order-1 lg:w-auto lg:flex-1">
              <ActiveFilters
                chips={activeChips(filters, labelOf)}
                onChange={setFilters}
                onClearAll={clearAll}
              />
            </div>
            <div className="order-1 ml-auto flex items-center gap-2 lg:order-2">
              <SortSelect filters={filters} onChange={setFilters} />
              <ExportMenu query={filterQuery(filters)} />
            </div>
          </div>
          <Results filters={filters} onClearAll={clearAll} headingRef={headingRef} />
        </section>
      </div>
    </div>
  );
}
