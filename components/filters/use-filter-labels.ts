'use client';

import { useCallback, useState } from 'react';
import type { FilterKey } from '@/lib/filters';
import type { MeetingFacets } from '@/lib/queries/meetings';
import { useCountries } from './country-names';
import type { FinderItem } from './facet-finder';

/**
 * Names for active filter values, for the chips: the facets' label, else what the type-ahead
 * offered when the value was picked (the counts catch up a moment later), else a country name.
 */
export function useFilterLabels(facets: MeetingFacets | undefined) {
  const { nameOf } = useCountries();
  const [picked, setPicked] = useState<Record<string, string>>({});

  const labelOf = useCallback(
    (key: FilterKey, value: string) =>
      facets?.[key]?.find((v) => v.value === value)?.label ??
      picked[`${key}:${value}`] ??
      (key === 'country' || key === 'heldIn' ? nameOf(value) : undefined),
    [facets, picked, nameOf],
  );
  const rememberLabel = useCallback(
    (key: FilterKey, item: FinderItem) =>
      setPicked((p) => ({ ...p, [`${key}:${item.value}`]: item.label })),
    [],
  );
  return { labelOf, rememberLabel };
}
