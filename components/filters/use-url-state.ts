'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { HistoryMode, UrlState } from '@/lib/url-state';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Tells the readers to look at the address bar again. */
function notify(): void {
  for (const listener of listeners) listener();
}

export interface UrlStateHandle<S> {
  state: S;
  /** Moves the URL to a state: `push` adds a history entry, `replace` rewrites the current one. */
  go: (next: S, mode: HistoryMode) => void;
}

/**
 * A page's state, read from and written to the URL, so that a link opens the same view and
 * back/forward step through changes. For pages whose data the browser fetches (/meetings,
 * /timeline): changes go through the History API rather than `router.push`, so the new results
 * come through TanStack Query (previous ones kept on screen, with retry) instead of re-running
 * the server page on every tick of a checkbox. Reload and shared links still render on the server.
 *
 * The address bar is read through `useSyncExternalStore`, so a change shows in the same render
 * as the click that made it: Next also follows `history.pushState`, but in a transition, which
 * would leave a controlled checkbox showing its old state until the transition ends. The server
 * render reads Next's search params, so hydration matches.
 */
export function useUrlState<S>(url: UrlState<S>): UrlStateHandle<S> {
  const query = useSearchParams().toString();
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => (query ? `?${query}` : ''),
  );
  // A navigation by Next itself (a link to /meetings?…) updates the address bar after render.
  useEffect(notify, [query]);
  const state = useMemo(() => url.read(new URLSearchParams(search)), [url, search]);

  const go = useCallback(
    (next: S, mode: HistoryMode) => {
      const href = url.href(next);
      if (href === `${window.location.pathname}${window.location.search}`) return;
      if (mode === 'push') window.history.pushState(null, '', href);
      else window.history.replaceState(null, '', href);
      notify();
    },
    [url],
  );
  return { state, go };
}
