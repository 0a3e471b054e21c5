import { FollowUpStatusBadge } from '@/components/follow-up-status-badge';
import { Section } from '@/components/section';
import type { MeetingDetail } from '@/db/queries/meetings';
import { formatDay } from '@/lib/dates';

export interface FollowUpsSectionProps {
  followUps: MeetingDetail['followUps'];
  /** ISO day: open follow-ups due before it are overdue. */
  today: string;
}

/** What was agreed to do next, with status, owner and due date; overdue ones stand out. */
export function FollowUpsSection({ followUps, today }: FollowUpsSectionProps) {
  const open = followUps.filter((f) => f.status === 'open').length;
  return (
    <Section
      id="follow-ups"
      title="Follow-ups"
      aside={followUps.length ? `${open} open of ${followUps.length}` : undefined}
    >
      {followUps.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {followUps.map((f) => {
            const overdue = f.status === 'open' && f.dueDate !== null && f.dueDate < today;
            return (
              <li
                key={f.id}
                className={`px-4 py-3 text-sm ${overdue ? 'border-l-4 border-l-red-600 bg-red-50/50' : ''}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="text-slate-900">{f.description}</p>
                  <FollowUpStatusBadge status={f.status} overdue={overdue} />
                </div>
                <p className="mt-1 text-slate-600">
                  {f.owner ? <>Owner: {f.owner}</> : 'No owner'}
                  {' · '}
                  {f.dueDate ? (
                    <span className={overdue ? 'font-medium text-red-800' : undefined}>
                      Due <time dateTime={f.dueDate}>{formatDay(f.dueDate)}</time>
                    </span>
                  ) : (
                    'No due date'
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-slate-600">No follow-ups recorded.</p>
      )}
    </Section>
  );
}
