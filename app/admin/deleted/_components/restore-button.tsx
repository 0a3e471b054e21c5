'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { restoreMeetingAction } from '../actions';

export interface RestoreButtonProps {
  meetingId: number;
  title: string;
}

/** Restores the meeting and opens it: its History now ends with the restore. */
export function RestoreButton({ meetingId, title }: RestoreButtonProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await restoreMeetingAction({ meetingId });
          if (result.ok) {
            router.push(`/meetings/${meetingId}`);
            return;
          }
          setBusy(false);
          setError(result.error);
        }}
      >
        {busy ? 'Restoring…' : 'Restore'}
        <span className="sr-only"> {title}</span>
      </Button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
