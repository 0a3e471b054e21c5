import Link from 'next/link';
import { FollowUpStatusBadge } from '@/components/follow-up-status-badge';
import type { ProfileFollowUp } from '@/lib/domain/profiles';
import { formatDay } from '@/lib/dates';

export interface FollowUpListProps {
  followUps: ProfileFollowUp[];
  /** Today (ISO day): open follow-ups due before it are overdue. */
  today: string;
  label: string;
}

/** Follow-ups with their status, due date, owner and the meeting they came from. */
export function FollowUpList({ followUps, today, label }: FollowUpListProps) {
  return (
    <ul
      aria-label={label}
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {followUps.map((f) => (
        <li key={f.id} className="px-4 py-3 text-sm">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <FollowUpStatusBadge
              status={f.status}
              overdue={f.status === 'open' && Boolean(f.dueDate && f.dueDate < today)}
            />
            <span className="text-slate-900">{f.description}</span>
          </div>
          <p className="mt-1 text-slate-600">
            {[f.dueDate ? `Due ${formatDay(f.dueDate)}` : 'No due date', f.owner]
              .filter(Boolean)
              .join(' · ')}
            {' · from '}
            <Link href={`/meetings/${f.meetingId}`} className="link">
              {f.meetingTitle}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
