'use client';

import { useId, useState } from 'react';
import type { FilterKey } from '@/lib/filters';
import type { FacetValue } from '@/lib/queries/meetings';
import { FacetFinder, type FinderItem, finderLabels } from './facet-finder';
import { filterLabels } from './filter-state';

/** Values shown before "Show more". */
const TOP = 5;

export interface FacetGroupProps {
  filterKey: FilterKey;
  /** The facet's values with counts (the previous ones, dimmed, while new counts load). */
  values: FacetValue[];
  /** The values active in the URL (ahead of the counts while they load). */
  selected: readonly string[];
  labelOf: (value: string) => string | undefined;
  onToggle: (value: string, on: boolean) => void;
  /** A value chosen in the type-ahead, with its label for the chip until the counts know it. */
  onPick: (item: FinderItem) => void;
  stale: boolean;
  /** Whether meetings need all the selected values; undefined where that cannot differ. */
  matchAll?: boolean;
  onMatchAll?: (all: boolean) => void;
}

interface MatchSelectProps {
  filterKey: FilterKey;
  all: boolean;
  onChange: (all: boolean) => void;
}

/** "Meetings with any / all of these", for a filter with several values chosen. */
function MatchSelect({ filterKey, all, onChange }: MatchSelectProps) {
  const id = useId();
  return (
    <div className="clear-both mb-1 flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-slate-700">
        Meetings with
        <span className="sr-only"> ({filterLabels[filterKey]})</span>
      </label>
      <select
        id={id}
        value={all ? 'all' : 'any'}
        onChange={(e) => onChange(e.target.value === 'all')}
        className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-sm"
      >
        <option value="any">any of these</option>
        <option value="all">all of these</option>
      </select>
    </div>
  );
}

/** A value as listed; `count` is null while an active value waits for its count. */
interface ShownValue {
  value: string;
  label: string;
  count: number | null;
}

interface FacetOptionProps {
  value: ShownValue;
  on: boolean;
  stale: boolean;
  onToggle: (on: boolean) => void;
}

/** "Kazakhstan 1,203" as a checkbox; its name includes the count. */
function FacetOption({ value, on, stale, onToggle }: FacetOptionProps) {
  return (
    <li>
      <label className="flex items-start gap-2 py-1 text-sm has-[:disabled]:text-slate-500">
        <input
          type="checkbox"
          checked={on}
          // A value no meeting has under the other filters cannot be chosen, only unchosen.
          disabled={!on && value.count === 0}
          onChange={(e) => onToggle(e.target.checked)}
          className="mt-0.5 size-4 shrink-0 accent-blue-800"
        />
        <span className="min-w-0 flex-1 break-words">{value.label}</span>
        <span className={`tabular-nums ${stale ? 'text-slate-500' : 'text-slate-700'}`}>
          {value.count === null ? '…' : value.count.toLocaleString('en')}
        </span>
      </label>
    </li>
  );
}

/** One filter: its values as checkboxes with counts, the top ones first, and a type-ahead. */
export function FacetGroup(props: FacetGroupProps) {
  const { filterKey, values, selected, stale } = props;
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  // An active value the counts do not list yet (just picked, or loading) is still shown.
  const missing = selected
    .filter((v) => !values.some((f) => f.value === v))
    .map((v) => ({ value: v, label: props.labelOf(v) ?? v, count: null }));
  const all: ShownValue[] = [...missing, ...values];
  const isOn = (v: string) => selected.includes(v);
  const top = all.filter((v, i) => i < TOP || isOn(v.value));
  const rest = all.filter((v, i) => i >= TOP && !isOn(v.value));
  const finder = finderLabels[filterKey];
  // With no value left by the other filters, any value found would also show nothing.
  const canExpand = rest.length > 0 || (Boolean(finder) && all.length > 0);

  const item = (v: ShownValue) => (
    <FacetOption
      key={v.value}
      value={v}
      on={isOn(v.value)}
      stale={stale}
      onToggle={(on) => props.onToggle(v.value, on)}
    />
  );

  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="float-left mb-1 w-full text-sm font-semibold text-slate-900">
        {filterLabels[filterKey]}
      </legend>
      {props.onMatchAll && selected.length > 1 ? (
        <MatchSelect
          filterKey={filterKey}
          all={Boolean(props.matchAll)}
          onChange={props.onMatchAll}
        />
      ) : null}
      {all.length ? (
        <ul className="clear-both">{top.map(item)}</ul>
      ) : (
        <p className="clear-both text-sm text-slate-600">None for these filters.</p>
      )}
      {expanded ? (
        <div id={moreId}>
          {finder ? (
            <FacetFinder
              filterKey={filterKey}
              facetValues={values}
              selected={selected}
              onPick={props.onPick}
            />
          ) : null}
          {rest.length ? <ul className="mt-2">{rest.map(item)}</ul> : null}
        </div>
      ) : null}
      {canExpand ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={expanded ? moreId : undefined}
          onClick={() => setExpanded((e) => !e)}
          className="mt-1 text-sm font-medium text-blue-800 underline decoration-blue-800/30 underline-offset-2 hover:text-blue-950"
        >
          {expanded
            ? 'Show fewer'
            : rest.length
              ? `Show ${rest.length} more${finder ? ' or search' : ''}`
              : 'Search for more'}
          <span className="sr-only"> ({filterLabels[filterKey]})</span>
        </button>
      ) : null}
    </fieldset>
  );
}
