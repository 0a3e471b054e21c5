import { changeView } from '@/lib/audit-format';

export interface ChangeListProps {
  changes: ReadonlyArray<{ field: string; before: unknown; after: unknown }>;
}

/** Field by field: "Title: old → new", or a list's lines added and removed. */
export function ChangeList({ changes }: ChangeListProps) {
  if (!changes.length) return null;
  return (
    <dl className="mt-2 space-y-2 text-sm">
      {changes.map((change) => {
        const view = changeView(change);
        return (
          <div key={view.field} className="grid gap-x-3 sm:grid-cols-[9rem_minmax(0,1fr)]">
            <dt className="font-medium text-slate-800">{view.label}</dt>
            <dd className="min-w-0 break-words text-slate-700">
              {view.kind === 'value' ? (
                <>
                  <del className="text-slate-600">{view.before}</del>
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only"> changed to </span>
                  <ins className="font-medium text-slate-900 no-underline">{view.after}</ins>
                </>
              ) : (
                <ul className="space-y-0.5">
                  {view.added.map((line) => (
                    <li key={`+${line}`}>
                      <span className="font-semibold text-green-800">Added</span> {line}
                    </li>
                  ))}
                  {view.removed.map((line) => (
                    <li key={`-${line}`}>
                      <span className="font-semibold text-red-800">Removed</span> {line}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
