'use client';

import Link from 'next/link';
import { useState } from 'react';
import { MeetingDate } from '@/components/meeting-date';
import type { LaneLayout } from '@/lib/timeline/layout';
import { cellHref } from '@/lib/timeline/links';
import { meetingsCount } from '@/lib/timeline/numbers';
import type { TimelineLane, TimelineMeeting } from '@/lib/timeline/types';
import { bucketLabel, type BucketUnit } from '@/lib/timeline/units';
import type { TimelineView } from '@/lib/timeline/view';

export interface InViewListProps {
  lanes: TimelineLane[];
  layouts: Map<string, LaneLayout>;
  meetings: Map<number, TimelineMeeting>;
  view: TimelineView;
  unit: BucketUnit;
  period: string;
}

type Entry =
  | { kind: 'meeting'; at: number; meeting: TimelineMeeting }
  | { kind: 'cluster'; at: number; end: number; count: number };

/** What a lane shows in the period, in time order: its drawn meetings and its clusters. */
function entriesOf(layout: LaneLayout, meetings: Map<number, TimelineMeeting>, view: TimelineView) {
  const visible = (from: number, to: number) => to > view.start && from < view.end;
  const entries: Entry[] = [
    ...layout.items.flatMap((i): Entry[] => {
      const meeting = meetings.get(i.id);
      return meeting && visible(i.from, i.to) ? [{ kind: 'meeting', at: i.from, meeting }] : [];
    }),
    ...layout.clusters
      .filter((c) => visible(c.start, c.end))
      .map((c): Entry => ({ kind: 'cluster', at: c.start, end: c.end, count: c.count })),
  ];
  return entries.sort((a, b) => a.at - b.at);
}

/**
 * The timeline's content in view as lists, lane by lane: for screen readers, for keyboards, and
 * for anyone who would rather read than scan a chart. Built only when opened.
 */
export function InViewList({ lanes, layouts, meetings, view, unit, period }: InViewListProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mt-4 rounded-lg border border-slate-200 bg-white"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-900">
        What is in view, as a list ({period})
      </summary>
      {open ? (
        <div className="space-y-4 border-t border-slate-200 px-4 py-3">
          {lanes.map((lane) => {
            const layout = layouts.get(lane.key);
            const entries = layout ? entriesOf(layout, meetings, view) : [];
            if (!entries.length) return null;
            return (
              <section key={lane.key} aria-labelledby={`in-view-${lane.key}`}>
                <h3 id={`in-view-${lane.key}`} className="text-sm font-semibold text-slate-950">
                  {lane.label}
                </h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {entries.map((e) =>
                    e.kind === 'meeting' ? (
                      <li key={`m-${e.meeting.id}`} className="flex flex-wrap gap-x-2">
                        <span className="text-slate-600 tabular-nums">
                          <MeetingDate
                            startDate={e.meeting.startDate}
                            endDate={e.meeting.endDate}
                            datePrecision={e.meeting.datePrecision}
                          />
                        </span>
                        <Link href={`/meetings/${e.meeting.id}`} className="link">
                          {e.meeting.title}
                        </Link>
                      </li>
                    ) : (
                      <li key={`c-${e.at}`} className="flex flex-wrap gap-x-2">
                        <span className="text-slate-600">{bucketLabel(unit, e.at)}</span>
                        <ClusterLink lane={lane} start={e.at} end={e.end} count={e.count} />
                      </li>
                    ),
                  )}
                </ul>
              </section>
            );
          })}
        </div>
      ) : null}
    </details>
  );
}

function ClusterLink(props: { lane: TimelineLane; start: number; end: number; count: number }) {
  const href = cellHref(props.lane, props.start, props.end);
  const text = meetingsCount(props.count);
  return href ? (
    <Link href={href} prefetch={false} className="link">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}
