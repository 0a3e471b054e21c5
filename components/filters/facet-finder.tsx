'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import type { FilterKey } from '@/lib/filters';
import { searchCountries } from '@/lib/country-search';
import type { FacetValue } from '@/lib/queries/meetings';
import { officialQueries } from '@/lib/queries/officials';
import { organizationQueries } from '@/lib/queries/organizations';
import { topicQueries } from '@/lib/queries/topics';
import { foldText } from '@/lib/text';
import { useCountries } from './country-names';

/** A value a type-ahead offers. */
export interface FinderItem {
  value: string;
  label: string;
  /** Tells namesakes apart: "OSCE", "Kazakhstan". */
  hint?: string | null;
}

/** The facets whose values are looked up beyond the top ones shown, and the finder's label. */
export const finderLabels: Partial<Record<FilterKey, string>> = {
  country: 'Find a country',
  heldIn: 'Find a venue country',
  organization: 'Find an organization',
  official: 'Find an official',
  topic: 'Find a topic',
  event: 'Find an event',
};

/** What the type-ahead of `filterKey` offers for `text`: API search, or the local lists. */
function useFinderItems(filterKey: FilterKey, text: string, facetValues: FacetValue[]) {
  const q = useDebouncedValue(text.trim(), 200);
  const { countries, nameOf } = useCountries();
  const orgs = useQuery({
    ...organizationQueries.search(q),
    enabled: filterKey === 'organization' && q.length > 0,
  });
  const people = useQuery({
    ...officialQueries.search({ q, date: null }),
    enabled: filterKey === 'official' && q.length > 0,
  });
  const topics = useQuery({
    ...topicQueries.search(q),
    enabled: filterKey === 'topic' && q.length > 0,
  });

  const items = useMemo((): FinderItem[] => {
    if (!q) return [];
    switch (filterKey) {
      case 'country':
      case 'heldIn':
        return searchCountries(countries, q)
          .slice(0, 8)
          .map((c) => ({ value: c.code, label: c.name }));
      case 'organization':
        return (orgs.data ?? []).map((o) => ({
          value: String(o.id),
          label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
          hint: nameOf(o.countryCode) || 'International',
        }));
      case 'official':
        return (people.data ?? []).map((p) => ({
          value: String(p.id),
          label: p.displayName,
          hint: [p.title, p.organizationAcronym || p.organizationName || nameOf(p.countryCode)]
            .filter(Boolean)
            .join(', '),
        }));
      case 'topic':
        return (topics.data ?? []).map((t) => ({ value: String(t.id), label: t.name }));
      default: {
        // Events have no search API: look through the values the facet returned.
        const folded = foldText(q);
        return facetValues
          .filter((v) => foldText(v.label).includes(folded))
          .map((v) => ({ value: v.value, label: v.label }));
      }
    }
  }, [q, filterKey, countries, nameOf, orgs.data, people.data, topics.data, facetValues]);

  const searching = [orgs, people, topics].some((r) => r.isFetching);
  return { items, searching, typed: q };
}

export interface FacetFinderProps {
  filterKey: FilterKey;
  facetValues: FacetValue[];
  /** Values already chosen, left out of the suggestions. */
  selected: readonly string[];
  onPick: (item: FinderItem) => void;
}

/** A type-ahead that adds a value the facet's top list does not show. */
export function FacetFinder({ filterKey, facetValues, selected, onPick }: FacetFinderProps) {
  const [text, setText] = useState('');
  const { items, searching, typed } = useFinderItems(filterKey, text, facetValues);
  const offered = items.filter((i) => !selected.includes(i.value));
  const status = !typed
    ? undefined
    : searching && !offered.length
      ? 'Searching…'
      : offered.length
        ? undefined
        : 'No matches.';
  return (
    <Combobox<FinderItem>
      id={`finder-${filterKey}`}
      label={finderLabels[filterKey] ?? 'Find'}
      items={offered}
      itemToKey={(i) => i.value}
      itemToString={(i) => i?.label ?? ''}
      renderItem={(i) => (
        <>
          {i.label}
          {i.hint ? <span className="block text-xs text-slate-600">{i.hint}</span> : null}
        </>
      )}
      onInputValueChange={setText}
      onSelect={onPick}
      status={status}
      placeholder="Type to search"
      className="mt-2"
    />
  );
}
