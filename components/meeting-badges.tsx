import type { Classification, MeetingFormat, MeetingStatus } from '@/lib/domain/vocabularies';
import { Badge, type BadgeTone } from './badge';

const formatLabels: Record<MeetingFormat, string> = {
  bilateral: 'Bilateral',
  multilateral: 'Multilateral',
  call: 'Call',
  video: 'Video call',
  visit: 'Visit',
  plenary: 'Plenary',
  side_event: 'Side event',
  other: 'Other format',
};

const statusTones: Record<MeetingStatus, BadgeTone> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'red',
  postponed: 'amber',
};

const statusLabels: Record<MeetingStatus, string> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};

const classificationTones: Record<Classification, BadgeTone> = {
  public: 'slate',
  internal: 'violet',
  restricted: 'red',
};

const classificationLabels: Record<Classification, string> = {
  public: 'Public',
  internal: 'Internal',
  restricted: 'Restricted',
};

export interface MeetingBadgesProps {
  format: MeetingFormat;
  status: MeetingStatus;
  /** Shown when given (the record page); lists leave it out. */
  classification?: Classification;
}

/** A meeting's format, status and (when given) classification as tags. */
export function MeetingBadges({ format, status, classification }: MeetingBadgesProps) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <Badge label="Format:">{formatLabels[format]}</Badge>
      <Badge label="Status:" tone={statusTones[status]}>
        {statusLabels[status]}
      </Badge>
      {classification ? (
        <Badge label="Classification:" tone={classificationTones[classification]}>
          {classificationLabels[classification]}
        </Badge>
      ) : null}
    </span>
  );
}
