'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useTransition } from 'react';
import type { HistoryMode } from '@/lib/url-state';

export interface UrlNavigation {
  /** Navigates to a URL of the page (made with its `href`), keeping the scroll position. */
  navigate: (href: string, mode?: HistoryMode) => void;
  /** A navigation is on its way. */
  pending: boolean;
}

/**
 * Changes of state for a page the server renders in full (the dashboard): through Next's router,
 * in a transition, so the current state stays on screen while the server renders the next one.
 * The other half of useUrlState (use-url-state.ts), in a file of its own so that the dashboard's
 * bundle does not carry the address-bar store it has no use for.
 */
export function useUrlNavigation(): UrlNavigation {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (href: string, mode: HistoryMode = 'push') =>
      startTransition(() =>
        mode === 'push'
          ? router.push(href, { scroll: false })
          : router.replace(href, { scroll: false }),
      ),
    [router],
  );
  return { navigate, pending };
}
