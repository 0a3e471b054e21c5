'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo } from 'react';
import type { MeetingFilters } from '@/lib/filters';
import {
  type HistoryMode,
  notifyUrl,
  useUrlSearch,
  writeUrl,
} from '@/components/filters/url-store';
import { readWorkbenchState, type WorkbenchState, workbenchHref } from './workbench-url';

export interface FilterUrl extends WorkbenchState {
  /** The filters' new state, back on page 1. */
  setFilters: (filters: MeetingFilters, mode?: HistoryMode) => void;
  setPage: (page: number) => void;
  /** The URL of a state, for links that also work without script or in a new tab. */
  hrefOf: (state: WorkbenchState) => string;
}

/**
 * The workbench's state, read from and written to the URL, so that a link opens the same view
 * and back/forward step through filter changes.
 *
 * Changes go through the History API rather than `router.push`: Next keeps `useSearchParams` in
 * step with `history.pushState` without a server round trip, so the new results come through
 * TanStack Query (previous ones kept on screen, with retry) instead of re-running the server page
 * on every tick of a checkbox. Reload and shared links still render on the server.
 */
export function useFilterUrl(): FilterUrl {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const query = searchParams.toString();
  const search = useUrlSearch(query ? `?${query}` : '');
  // A navigation by Next itself (a link to /meetings?…) updates the address bar after render.
  useEffect(notifyUrl, [query]);
  const state = useMemo(() => readWorkbenchState(new URLSearchParams(search)), [search]);

  const hrefOf = useCallback((next: WorkbenchState) => workbenchHref(pathname, next), [pathname]);

  const go = useCallback(
    (next: WorkbenchState, mode: HistoryMode) => {
      const href = hrefOf(next);
      if (href === `${window.location.pathname}${window.location.search}`) return;
      writeUrl(href, mode);
    },
    [hrefOf],
  );

  const { filters } = state;
  const setFilters = useCallback(
    (next: MeetingFilters, mode: HistoryMode = 'push') => go({ filters: next, page: 1 }, mode),
    [go],
  );
  const setPage = useCallback((page: number) => go({ filters, page }, 'push'), [go, filters]);

  return { ...state, setFilters, setPage, hrefOf };
}
