'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/validation/common';

interface Side {
  id: number;
  version: number;
  name: string;
}

export interface MergeConfirmProps {
  /** "official", "organization", "topic". */
  what: string;
  keep: Side;
  drop: Side;
  action: (values: {
    keepId: number;
    dropId: number;
    keepVersion: number;
    dropVersion: number;
  }) => Promise<ActionResult<unknown>>;
  /** The kept record's page, where the merge lands. */
  redirectTo: string;
  /** TanStack Query keys whose data the merge changes. */
  queryKeys: string[];
}

/**
 * "Merge …": a confirmation dialog naming both records, then the merge in one transaction. A
 * record changed in between (409) or gone (404) is explained, with a way to reload.
 */
export function MergeConfirm({
  what,
  keep,
  drop,
  action,
  redirectTo,
  queryKeys,
}: MergeConfirmProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);

  function open() {
    setError(null);
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const result = await action({
        keepId: keep.id,
        dropId: drop.id,
        keepVersion: keep.version,
        dropVersion: drop.version,
      });
      if (result.ok) {
        await Promise.all(
          queryKeys.map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
        );
        dialogRef.current?.close();
        router.push(redirectTo);
        return;
      }
      setError({
        message: result.error,
        stale: result.code === 'conflict' || result.code === 'not_found',
      });
    } catch {
      setError({
        message: 'We could not reach the server, so nothing was merged. Try again.',
        stale: false,
      });
    }
    setPending(false);
  }

  return (
    <>
      <Button onClick={open}>Merge into {keep.name}</Button>
      <dialog
        ref={dialogRef}
        aria-labelledby="merge-heading"
        aria-describedby="merge-text"
        className="m-auto w-[calc(100vw-2rem)] max-w-md rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5 sm:p-6">
          <h2 id="merge-heading" className="text-lg font-semibold">
            Merge these {what}s?
          </h2>
          <p id="merge-text" className="mt-2 text-sm text-slate-700">
            “{drop.name}” will be folded into “{keep.name}”: everything that pointed to it will
            point to “{keep.name}”, and its names will be kept as other names. Its page will lead to
            “{keep.name}”.
          </p>
          <div role="alert">
            {error ? (
              <div className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                <p className="font-medium">{error.message}</p>
                {error.stale ? (
                  <Button variant="secondary" className="mt-2" onClick={() => router.refresh()}>
                    Reload both records
                  </Button>
                ) : null}
              </div>
            ) : null}
          </div>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <Button ref={cancelRef} variant="secondary" onClick={() => dialogRef.current?.close()}>
              Cancel
            </Button>
            <Button onClick={confirm} disabled={pending}>
              {pending ? 'Merging…' : `Merge ${what}s`}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
