import Link from 'next/link';
import { formatDay } from '@/lib/dates';

export interface FollowUpsDueProps {
  followUps: Array<{
    id: number;
    description: string;
    owner: string | null;
    dueDate: string;
    meetingId: number;
    meetingTitle: string;
  }>;
  today: string;
}

/** Open follow-ups by due date, overdue first, each linking to its meeting. */
export function FollowUpsDue({ followUps, today }: FollowUpsDueProps) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {followUps.map((f) => {
        const overdue = f.dueDate < today;
        return (
          <li
            key={f.id}
            className={`px-4 py-2.5 text-sm ${overdue ? 'border-l-4 border-l-red-600' : ''}`}
          >
            <p className="text-slate-900">{f.description}</p>
            <p className="mt-0.5 text-slate-600">
              <span className={overdue ? 'font-medium text-red-800' : undefined}>
                {overdue ? 'Overdue since' : 'Due'}{' '}
                <time dateTime={f.dueDate}>{formatDay(f.dueDate)}</time>
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
