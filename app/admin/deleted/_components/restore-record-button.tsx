'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { restoreRecordAction } from '../actions';

export interface RestoreRecordButtonProps {
  record: { kind: 'official' | 'organization' | 'topic' | 'event'; id: number; name: string };
}

/** Restores the record and refreshes the list; its History now ends with the restore. */
export function RestoreRecordButton({ record }: RestoreRecordButtonProps) {
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
          const result = await restoreRecordAction({ kind: record.kind, id: record.id });
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {busy ? 'Restoring…' : 'Restore'}
        <span className="sr-only"> {record.name}</span>
      </Button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
