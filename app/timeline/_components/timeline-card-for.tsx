'use client';

import { cellHref } from '@/lib/timeline/links';
import type { TimelineLane } from '@/lib/timeline/types';
import { bucketLabel } from '@/lib/timeline/units';
import { ClusterCard, MeetingCard } from './timeline-card';
import type { useCard } from './use-card';
import type { TimelineData } from './use-timeline-data';

export interface TimelineCardForProps {
  card: ReturnType<typeof useCard>;
  data: TimelineData;
  lanes: TimelineLane[];
}

/** The open card, if any: the clicked meeting's, or the clicked cluster's. */
export function TimelineCardFor({ card, data, lanes }: TimelineCardForProps) {
  const s = card.selection;
  if (!s) return null;
  const shell = { anchor: s.anchor, onClose: card.close, onDismiss: card.dismiss };
  if (s.kind === 'meeting') {
    const meeting = data.meetings.get(s.id);
    if (!meeting) return null;
    const event = meeting.eventId ? (data.events.get(meeting.eventId) ?? null) : null;
    return <MeetingCard key={`m-${s.id}`} meeting={meeting} event={event} {...shell} />;
  }
  const lane = lanes.find((l) => l.key === s.lane);
  if (!lane) return null;
  return (
    <ClusterCard
      key={`c-${s.lane}-${s.cell.start}`}
      count={s.cell.count}
      period={bucketLabel(data.unit, s.cell.start)}
      lane={lane.label}
      href={cellHref(lane, s.cell.start, s.cell.end)}
      {...shell}
    />
  );
}
