'use client';

import { Button } from '@/components/ui/button';
import type { MeetingFilters } from '@/lib/filters';
import type { ActiveChip } from './filter-state';

export interface ActiveFiltersProps {
  chips: ActiveChip[];
  onChange: (filters: MeetingFilters) => void;
  onClearAll: () => void;
}

/** The active filters as chips, each removable in one click, and "Clear all filters". */
export function ActiveFilters({ chips, onChange, onClearAll }: ActiveFiltersProps) {
  if (!chips.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li
            key={chip.id}
            className="inline-flex items-center gap-1 rounded-full border border-blue-200 bg-blue-50 py-0.5 pr-1 pl-3 text-sm text-blue-950"
          >
            <span>{chip.text}</span>
            <button
              type="button"
              onClick={() => onChange(chip.without)}
              className="grid size-6 place-items-center rounded-full text-blue-900 hover:bg-blue-100"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">Remove {chip.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <Button variant="ghost" className="px-2 py-1 underline" onClick={onClearAll}>
        Clear all filters
      </Button>
    </div>
  );
}
