import type { FollowUpStatus } from '@/lib/domain/vocabularies';
import { Badge } from './badge';

export interface FollowUpStatusBadgeProps {
  status: FollowUpStatus;
  /** An open follow-up past its due date. */
  overdue?: boolean;
}

/** Open (or overdue), done or dropped. */
export function FollowUpStatusBadge({ status, overdue = false }: FollowUpStatusBadgeProps) {
  if (status === 'open') {
    return overdue ? (
      <Badge label="Status:" tone="red">
        Overdue
      </Badge>
    ) : (
      <Badge label="Status:" tone="amber">
        Open
      </Badge>
    );
  }
  return (
    <Badge label="Status:" tone={status === 'done' ? 'green' : 'slate'}>
      {status === 'done' ? 'Done' : 'Dropped'}
    </Badge>
  );
}
