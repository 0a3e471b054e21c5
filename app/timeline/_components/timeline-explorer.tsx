'use client';

import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ActiveFilters } from '@/components/filters/active-filters';
import { CountryNamesProvider } from '@/components/filters/country-names';
import { activeChips, activeCount, clearedFilters } from '@/components/filters/filter-state';
import { FilterPanel } from '@/components/filters/filter-panel';
import { SearchBox } from '@/components/filters/search-box';
import { useFilterLabels } from '@/components/filters/use-filter-labels';
import { useUrlState } from '@/components/filters/use-url-state';
import type { CountryOption } from '@/lib/country-search';
import type { MeetingFilters } from '@/lib/filters';
import { meetingQueries } from '@/lib/queries/meetings';
import type { TimelineGroup } from '@/lib/timeline/groups';
import { timelineUrl } from '@/lib/timeline/url';
import type { TimelineView } from '@/lib/timeline/view';
import type { HistoryMode } from '@/lib/url-state';
import { GroupPicker } from './group-picker';
import { LazyTimelineChart } from './lazy-timeline-chart';

export interface TimelineExplorerProps {
  countries: readonly CountryOption[];
}

/**
 * /timeline: the search box, filters and chips of /meetings (the same components, the same URL
 * parameters), the choice of lanes, and the timeline itself.
 */
export function TimelineExplorer({ countries }: TimelineExplorerProps) {
  return (
    <CountryNamesProvider countries={countries}>
      <ExplorerView />
    </CountryNamesProvider>
  );
}

/**
 * The timeline's state in the URL, through the same mechanism as /meetings (so its filter panel,
 * chips and search box work here unchanged). Filter and grouping changes add a history entry;
 * the period follows the zoom and pan by rewriting the current one, so back leaves the
 * timeline's last view rather than replaying every wheel step.
 */
function useTimelineUrl() {
  const { state, go } = useUrlState(timelineUrl);
  const setFilters = useCallback(
    (filters: MeetingFilters, mode: HistoryMode = 'push') => go({ ...state, filters }, mode),
    [go, state],
  );
  const setGroup = useCallback(
    (group: TimelineGroup) => go({ ...state, group }, 'push'),
    [go, state],
  );
  const setView = useCallback(
    (view: TimelineView | null) => go({ ...state, view }, 'replace'),
    [go, state],
  );
  return { ...state, setFilters, setGroup, setView };
}

function ExplorerView() {
  const { filters, group, view, setFilters, setGroup, setView } = useTimelineUrl();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const count = activeCount(filters);
  // The counts feed the panel, and the chips' names of chosen officials and organizations.
  const facets = useQuery({ ...meetingQueries.facets(filters), enabled: filtersOpen || count > 0 });
  const { labelOf, rememberLabel } = useFilterLabels(facets.data);
  const onSearch = useCallback(
    (q: string, mode: HistoryMode) => setFilters({ ...filters, q: q || undefined }, mode),
    [filters, setFilters],
  );

  return (
    <div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,28rem)_1fr] lg:items-end">
        <SearchBox value={filters.q ?? ''} onSearch={onSearch} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-3 lg:justify-end">
          <GroupPicker value={group} onChange={setGroup} />
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls="timeline-filters"
            onClick={() => setFiltersOpen((o) => !o)}
            className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50"
          >
            Filters{count ? ` (${count})` : ''}
            <span aria-hidden="true">{filtersOpen ? '▴' : '▾'}</span>
          </button>
        </div>
      </div>
      <FilterPanel
        id="timeline-filters"
        className={`mt-3 rounded-lg border border-slate-200 bg-white p-4 sm:columns-2 lg:columns-3 xl:columns-4 [&>*]:break-inside-avoid [&>h2]:sr-only ${filtersOpen ? '' : 'hidden'}`}
        filters={filters}
        facets={facets.data}
        facetsStale={facets.isPlaceholderData}
        facetsFailed={facets.isError}
        onRetryFacets={() => void facets.refetch()}
        onChange={setFilters}
        labelOf={labelOf}
        rememberLabel={rememberLabel}
      />
      <div className="mt-3">
        <ActiveFilters
          chips={activeChips(filters, labelOf)}
          onChange={setFilters}
          onClearAll={() => setFilters(clearedFilters(filters))}
        />
      </div>
      <div className="mt-4">
        <LazyTimelineChart filters={filters} group={group} urlView={view} setUrlView={setView} />
      </div>
    </div>
  );
}
