import type { HistoryEntry } from '@/lib/domain/audit';
import { actionLabels } from '@/lib/audit-format';
import { ChangeList } from './change-list';

export interface HistoryPanelProps {
  entries: HistoryEntry[];
  /** The section heading's id, for its landmark name. */
  id?: string;
}

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/**
 * A record's history, newest first: who, when (UTC), what they did, and each field before and
 * after. For the meeting page and the profile pages (give it listHistory's entries).
 */
export function HistoryPanel({ entries, id = 'history' }: HistoryPanelProps) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        History
      </h2>
      {entries.length ? (
        <ol className="mt-3 space-y-4 border-l-2 border-slate-200 pl-4">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p className="text-sm text-slate-800">
                <span className="font-semibold">{actionLabels[entry.action] ?? entry.action}</span>{' '}
                by {entry.userName ?? 'Parley (system)'} ·{' '}
                <time dateTime={new Date(entry.at * 1000).toISOString()}>
                  {when.format(new Date(entry.at * 1000))} UTC
                </time>
              </p>
              {entry.action === 'update' ? <ChangeList changes={entry.changes} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">No changes recorded.</p>
      )}
    </section>
  );
}
