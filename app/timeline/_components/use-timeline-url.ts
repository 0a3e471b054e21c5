'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo } from 'react';
import { notifyUrl, useUrlSearch, writeUrl } from '@/components/filters/url-store';
import type { HistoryMode } from '@/components/filters/url-store';
import type { MeetingFilters } from '@/lib/filters';
import type { TimelineGroup } from '@/lib/timeline/groups';
import { readTimelineState, type TimelineState, timelineHref } from '@/lib/timeline/url';
import type { TimelineView } from '@/lib/timeline/view';

export interface TimelineUrl extends TimelineState {
  /** New filters; the group and the period stay. */
  setFilters: (filters: MeetingFilters, mode?: HistoryMode) => void;
  setGroup: (group: TimelineGroup) => void;
  /** The visible period (null: the whole filtered set), rewriting the history entry. */
  setView: (view: TimelineView | null) => void;
}

/**
 * The timeline's state, read from and written to the URL like the /meetings workbench's (same
 * store, so its filter panel, chips and search box work here unchanged), with the grouping and
 * the visible period besides the filters. Filter and grouping changes add a history entry; the
 * period follows the zoom and pan by rewriting the current one, so back leaves the timeline's
 * last view rather than replaying every wheel step.
 */
export function useTimelineUrl(): TimelineUrl {
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const search = useUrlSearch(query ? `?${query}` : '');
  useEffect(notifyUrl, [query]);
  const state = useMemo(() => readTimelineState(new URLSearchParams(search)), [search]);

  const go = useCallback((next: TimelineState, mode: HistoryMode) => {
    const href = timelineHref(next);
    if (href === `${window.location.pathname}${window.location.search}`) return;
    writeUrl(href, mode);
  }, []);

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
