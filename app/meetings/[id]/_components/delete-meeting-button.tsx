'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { deleteMeetingAction } from '../../actions';

export interface DeleteMeetingButtonProps {
  meetingId: number;
  meetingTitle: string;
}

/**
 * "Delete meeting", confirmed in a modal dialog. The delete is soft: the meeting leaves lists
 * and search but stays in the database and its history.
 */
export function DeleteMeetingButton({ meetingId, meetingTitle }: DeleteMeetingButtonProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function open() {
    setError(null);
    dialogRef.current?.showModal();
    // Focus starts on the safe choice.
    keepRef.current?.focus();
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const result = await deleteMeetingAction(meetingId);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: ['meetings'] });
        dialogRef.current?.close();
        router.push('/meetings');
        return;
      }
      setError(result.error);
    } catch {
      setError('We could not reach the server, so the meeting was not deleted. Try again.');
    }
    setPending(false);
  }

  return (
    <>
      <Button variant="danger" onClick={open}>
        Delete meeting
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`delete-meeting-${meetingId}-heading`}
        aria-describedby={`delete-meeting-${meetingId}-text`}
        className="m-auto w-[calc(100vw-2rem)] max-w-md rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5 sm:p-6">
          <h2 id={`delete-meeting-${meetingId}-heading`} className="text-lg font-semibold">
            Delete this meeting?
          </h2>
          <p id={`delete-meeting-${meetingId}-text`} className="mt-2 text-sm text-slate-700">
            “{meetingTitle}” will disappear from lists, search and exports. It is kept in the
            database with its history and can be restored.
          </p>
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
              {pending ? 'Deleting…' : 'Delete meeting'}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
