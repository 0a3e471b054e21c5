import { ChangeList } from '@/components/change-list';
import { Button } from '@/components/ui/button';
import type { Conflict } from './conflict';

export interface ConflictPanelProps {
  conflict: Conflict;
  pending: boolean;
  onKeepMine: () => void;
  onReloadTheirs: () => void;
}

/**
 * A save that lost the race: what the other person changed since this form was opened, field
 * by field, and the two ways on. The form below still holds everything typed here.
 */
export function ConflictPanel({
  conflict,
  pending,
  onKeepMine,
  onReloadTheirs,
}: ConflictPanelProps) {
  return (
    <section
      role="alert"
      aria-labelledby="conflict-heading"
      tabIndex={-1}
      data-form-alert
      className="rounded-lg border border-amber-400 bg-amber-50 p-4 focus:outline-2 focus:outline-amber-700 sm:p-5"
    >
      <h2 id="conflict-heading" className="text-base font-semibold text-amber-950">
        Someone else changed this meeting
      </h2>
      <p className="mt-1 text-sm text-amber-950">{conflict.message}</p>
      {conflict.changes.length ? (
        <>
          <h3 className="mt-3 text-sm font-semibold text-amber-950">What they changed</h3>
          <ChangeList changes={conflict.changes} />
        </>
      ) : null}
      <p className="mt-3 text-sm text-amber-950">
        Your input is still in the form below. Keep yours to save it over theirs (their changes to
        the same fields are replaced), or reload to start again from their version.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <Button onClick={onKeepMine} disabled={pending}>
          Keep mine and save again
        </Button>
        <Button variant="secondary" onClick={onReloadTheirs} disabled={pending}>
          Reload their version
        </Button>
      </div>
    </section>
  );
}
