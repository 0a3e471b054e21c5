import Link from 'next/link';
import type { FollowUpItem } from '@/db/queries/dashboard-lists';
import { formatDay } from '@/lib/dates';

export interface FollowUpListProps {
  items: FollowUpItem[];
  today: string;
  /** Due on or before this day (and not overdue): "due soon". */
  dueBy: string;
}

function dueText(dueDate: string | null, today: string, dueBy: string) {
  if (!dueDate) return { text: 'No due date', tone: 'text-slate-600', mark: '' };
  if (dueDate < today)
    return { text: 'Overdue since', tone: 'font-medium text-red-800', mark: 'border-l-red-600' };
  if (dueDate <= dueBy)
    return { text: 'Due', tone: 'font-medium text-amber-900', mark: 'border-l-amber-500' };
  return { text: 'Due', tone: 'text-slate-700', mark: '' };
}

/** Open follow-ups, soonest due first, overdue and due soon marked, each linking to its meeting. */
export function FollowUpList({ items, today, dueBy }: FollowUpListProps) {
  return (
    <ul
      aria-label="Open follow-ups"
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {items.map((f) => {
        const due = dueText(f.dueDate, today, dueBy);
        return (
          <li
            key={f.id}
            className={`border-l-4 px-4 py-2.5 text-sm ${due.mark || 'border-l-transparent'}`}
          >
            <p className="text-slate-900">{f.description}</p>
            <p className="mt-0.5 text-slate-600">
              <span className={due.tone}>
                {due.text}
                {f.dueDate ? (
                  <>
                    {' '}
                    <time dateTime={f.dueDate}>{formatDay(f.dueDate)}</time>
                  </>
                ) : null}
              </span>
              {f.owner ? <> · {f.owner}</> : null}
              {' · '}
              <Link href={`/meetings/${f.meetingId}`} className="link">
                {f.meetingTitle}
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
