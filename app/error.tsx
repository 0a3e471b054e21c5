'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

/** Shown when a page fails unexpectedly: a plain message, never the error's internals. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-950">Something went wrong</h1>
      <p className="mx-auto mt-3 text-slate-700">
        This page could not be shown. Try again; if it keeps failing, come back a little later.
      </p>
      <div className="mt-6">
        <Button onClick={() => retry()}>Try again</Button>
      </div>
    </div>
  );
}
