'use client';

import { Button } from '@/components/ui/button';
import { type FilterKey, filterKeys, type MeetingFilters } from '@/lib/filters';
import type { MeetingFacets } from '@/lib/queries/meetings';
import { DateRange } from './date-range';
import { FacetGroup } from './facet-group';
import type { FinderItem } from './facet-finder';
import { matchableKeys, withMatch, withValue } from './filter-state';
import type { HistoryMode } from '@/lib/url-state';

export interface FilterPanelProps {
  id: string;
  className?: string;
  filters: MeetingFilters;
  facets: MeetingFacets | undefined;
  facetsStale: boolean;
  facetsFailed: boolean;
  onRetryFacets: () => void;
  onChange: (filters: MeetingFilters, mode?: HistoryMode) => void;
  labelOf: (key: FilterKey, value: string) => string | undefined;
  /** Keeps the label of a value chosen in a type-ahead, for its chip. */
  rememberLabel: (key: FilterKey, item: FinderItem) => void;
}

/** Every filter: the dates, then one group of values with counts per filter. */
export function FilterPanel(props: FilterPanelProps) {
  const { filters, facets, onChange } = props;
  return (
    <section
      id={props.id}
      aria-labelledby={`${props.id}-heading`}
      className={`space-y-3 ${props.className ?? ''}`}
    >
      <h2
        id={`${props.id}-heading`}
        className="text-base font-semibold text-slate-950 max-lg:sr-only"
      >
        Filters
      </h2>
      {props.facetsFailed ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          <p>The counts could not be loaded.</p>
          <Button variant="secondary" className="mt-2 py-1" onClick={props.onRetryFacets}>
            Try again
          </Button>
        </div>
      ) : null}
      <DateRange
        from={filters.from ?? ''}
        to={filters.to ?? ''}
        onChange={(range, mode) =>
          onChange({ ...filters, from: range.from || undefined, to: range.to || undefined }, mode)
        }
      />
      {filterKeys.map((key) => (
        <FacetGroup
          key={key}
          filterKey={key}
          values={facets?.[key] ?? []}
          selected={(filters[key] as ReadonlyArray<string | number>).map(String)}
          labelOf={(value) => props.labelOf(key, value)}
          onToggle={(value, on) => onChange(withValue(filters, key, value, on))}
          onPick={(item) => {
            props.rememberLabel(key, item);
            onChange(withValue(filters, key, item.value, true));
          }}
          stale={props.facetsStale}
          matchAll={filters.all.includes(key)}
          onMatchAll={
            matchableKeys.includes(key)
              ? (all) => onChange(withMatch(filters, key, all))
              : undefined
          }
        />
      ))}
    </section>
  );
}
