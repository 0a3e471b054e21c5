'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type ReactNode, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/validation/common';

export interface DeleteRecordButtonProps {
  /** "official", "organization"… */
  what: string;
  id: number;
  name: string;
  /** What deleting does to what refers to the record, in a sentence or two. */
  consequence: ReactNode;
  action: (id: number) => Promise<ActionResult<unknown>>;
  /** Where to go afterwards: the list. */
  redirectTo: string;
  /** The TanStack Query key whose data changes ('officials'). */
  queryKey: string;
}

/**
 * "Delete …", confirmed in a modal dialog that starts on the safe choice. The delete is soft:
 * the record leaves lists and type-aheads but stays in the database and where it is named.
 */
export function DeleteRecordButton(props: DeleteRecordButtonProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: `delete-${props.what}-heading`, text: `delete-${props.what}-text` };

  function open() {
    setError(null);
    dialogRef.current?.showModal();
    keepRef.current?.focus();
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const result = await props.action(props.id);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: [props.queryKey] });
        dialogRef.current?.close();
        router.push(props.redirectTo);
        return;
      }
      setError(result.error);
    } catch {
      setError(`We could not reach the server, so the ${props.what} was not deleted. Try again.`);
    }
    setPending(false);
  }

  return (
    <>
      <Button variant="danger" onClick={open}>
        Delete {props.what}
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={ids.heading}
        aria-describedby={ids.text}
        className="m-auto w-[calc(100vw-2rem)] max-w-md rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5 sm:p-6">
          <h2 id={ids.heading} className="text-lg font-semibold">
            Delete this {props.what}?
          </h2>
          <div id={ids.text} className="mt-2 space-y-2 text-sm text-slate-700">
            <p>“{props.name}” will disappear from lists and searches.</p>
            <p>{props.consequence}</p>
          </div>
          <div role="alert">
            {error ? (
              <p className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
                {error}
              </p>
            ) : null}
          </div>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <Button ref={keepRef} variant="secondary" onClick={() => dialogRef.current?.close()}>
              Keep it
            </Button>
            <Button variant="danger" onClick={confirm} disabled={pending}>
              {pending ? 'Deleting…' : `Delete ${props.what}`}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
