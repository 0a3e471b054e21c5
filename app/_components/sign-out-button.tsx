'use client';

import { useState } from 'react';

/** Ends the session (better-auth, POST /api/auth/sign-out) and goes to the sign-in page. */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch('/api/auth/sign-out', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        }).catch(() => null);
        // A full page load, not router.push: nothing the signed-out user saw stays in memory
        // (TanStack Query's cache, the router's cache).
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign('/sign-in');
      }}
      className="block w-full rounded-md px-3 py-2 text-left text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
    >
      {busy ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
