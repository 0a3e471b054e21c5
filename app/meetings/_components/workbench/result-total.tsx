'use client';

import { useMeetingSearch } from './use-workbench-data';

/**
 * "1,234 meetings" under the page heading, for the filters in the URL. A polite live region, so
 * that a screen reader hears the new total after each change of filters.
 */
export function ResultTotal() {
  const { data, isPlaceholderData } = useMeetingSearch();
  const total = data?.total;
  return (
    <p role="status" className={`tabular-nums ${isPlaceholderData ? 'text-slate-500' : ''}`}>
      {total === undefined
        ? 'Counting meetings…'
        : `${total.toLocaleString('en')} ${total === 1 ? 'meeting' : 'meetings'}`}
    </p>
  );
}
