'use client';

import Link from 'next/link';
import type { RefObject } from 'react';
import { EmptyState } from '@/components/empty-state';
import { Button, buttonClasses } from '@/components/ui/button';
import { hasFilters, type MeetingFilters } from '@/lib/filters';
import { ResultsPager } from './results-pager';
import { ResultTable } from './result-table';
import { useMeetingSearch, useWorkbenchUrl } from './use-workbench-data';
import { workbenchUrl } from './workbench-url';

export interface ResultsProps {
  filters: MeetingFilters;
  onClearAll: () => void;
  /** The results heading, focused after a change of page. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The page of results: dimmed and busy while the next one loads (the previous one stays, so
 * nothing jumps), an empty state, or an error with a retry.
 */
export function Results({ filters, onClearAll, headingRef }: ResultsProps) {
  const { setPage } = useWorkbenchUrl();
  const { data, isError, isPlaceholderData, isFetching, refetch } = useMeetingSearch();

  if (isError && !data) {
    return (
      <div
        role="alert"
        className="rounded-lg border border-red-200 bg-red-50 px-6 py-8 text-center"
      >
        <p className="mx-auto text-red-900">The meetings could not be loaded.</p>
        <Button className="mt-4" onClick={() => void refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (!data) {
    return (
      <p
        aria-busy="true"
        className="rounded-lg border border-slate-200 bg-white px-6 py-10 text-center text-slate-700"
      >
        Loading meetings…
      </p>
    );
  }
  if (data.total === 0) {
    return hasFilters(filters) ? (
      <EmptyState
        action={
          <Button variant="secondary" onClick={onClearAll}>
            Clear all filters
          </Button>
        }
      >
        No meetings match these filters.
      </EmptyState>
    ) : (
      <EmptyState
        action={
          <Link href="/meetings/new" className={buttonClasses('primary')}>
            Log a meeting
          </Link>
        }
      >
        No meetings have been recorded yet. Log the first one from your notes or a press release.
      </EmptyState>
    );
  }
  const busy = isPlaceholderData && isFetching;
  return (
    <div aria-busy={busy} className={`transition-opacity ${busy ? 'opacity-60' : ''}`}>
      <ResultTable
        meetings={data.items}
        caption={`Meetings, page ${data.page} of ${data.pageCount}`}
      />
      <ResultsPager
        page={data.page}
        pageCount={data.pageCount}
        href={(page) => workbenchUrl.href({ filters, page })}
        onPage={(page) => {
          setPage(page);
          headingRef.current?.focus();
        }}
      />
    </div>
  );
}
