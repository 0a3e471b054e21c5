'use client';

import { controlClasses } from '@/components/ui/field';
import { effectiveSort, type MeetingFilters, type SortOrder, sortOrders } from '@/lib/filters';

const sortLabels: Record<SortOrder, string> = {
  date_desc: 'Newest first',
  date_asc: 'Oldest first',
  relevance: 'Relevance',
};

export interface SortSelectProps {
  filters: MeetingFilters;
  onChange: (filters: MeetingFilters) => void;
}

/** Newest first, oldest first, or (with search text) relevance. */
export function SortSelect({ filters, onChange }: SortSelectProps) {
  const options = sortOrders.filter((s) => s !== 'relevance' || filters.q);
  return (
    <div className="flex items-center gap-2">
      <label
        htmlFor="workbench-sort"
        className="text-sm font-medium whitespace-nowrap text-slate-800"
      >
        Sort by
      </label>
      <select
        id="workbench-sort"
        value={effectiveSort(filters)}
        onChange={(e) => onChange({ ...filters, sort: e.target.value as SortOrder })}
        className={controlClasses(false, 'w-auto py-1.5')}
      >
        {options.map((s) => (
          <option key={s} value={s}>
            {sortLabels[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
