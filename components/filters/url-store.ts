'use client';

import { useSyncExternalStore } from 'react';

/** `push` adds a history entry (back returns to the state before); `replace` rewrites it. */
export type HistoryMode = 'push' | 'replace';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Moves the address bar to `href` without a navigation, and tells the readers at once. */
export function writeUrl(href: string, mode: HistoryMode): void {
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
  notifyUrl();
}

/** Tells the readers to look at the address bar again (after Next changed it itself). */
export function notifyUrl(): void {
  for (const listener of listeners) listener();
}

/**
 * The address bar's query string (with its `?`), updated in the same render as the click that
 * changed it — Next also follows `history.pushState`, but in a transition, which would leave a
 * controlled checkbox showing its old state until the transition ends. `serverSearch` is what
 * the server rendered with, so hydration matches.
 */
export function useUrlSearch(serverSearch: string): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => serverSearch,
  );
}
