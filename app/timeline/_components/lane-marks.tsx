'use client';

import Link from 'next/link';
import { type CSSProperties, memo } from 'react';
import { formatMeetingDate } from '@/lib/dates';
import type { LayoutCell } from '@/lib/timeline/layout';
import { formatCount } from '@/lib/timeline/numbers';
import { meetingSpan, type SpanKind } from '@/lib/timeline/spans';
import { DAY_MS, formatDayRange, isoToMs } from '@/lib/timeline/time';
import type { TimelineEvent, TimelineMeeting } from '@/lib/timeline/types';
import { bucketLabel, type BucketUnit } from '@/lib/timeline/units';

/** How each kind of date looks: solid for a day, dashed for a range, striped for a month. */
export const spanClasses: Record<SpanKind, string> = {
  day: 'border border-blue-900 bg-blue-700 text-white',
  range: 'border border-dashed border-sky-800 bg-sky-100 text-sky-950',
  month:
    'border border-dotted border-amber-800 text-amber-950 bg-[repeating-linear-gradient(135deg,var(--color-amber-100)_0_4px,var(--color-amber-50)_4px_8px)]',
};

const statusNote = {
  held: '',
  planned: ', planned',
  cancelled: ', cancelled',
  postponed: ', postponed',
};

const names = new WeakMap<TimelineMeeting, string>();

/**
 * A meeting's accessible name: title, date as the app writes it, and status unless held.
 * Remembered per meeting: it is asked for on every zoom and pan step.
 */
export function meetingName(m: TimelineMeeting): string {
  let name = names.get(m);
  if (name === undefined) {
    name = `${m.title}, ${formatMeetingDate(m)}${statusNote[m.status]}`;
    names.set(m, name);
  }
  return name;
}

const focusable = 'hover:ring-2 hover:ring-blue-400 focus-visible:z-10';

/**
 * Where a mark sits in its lane: left and width as shares of the lane's width (CSS lengths),
 * top and height in pixels. Plain values, so that a mark whose place did not change (the view
 * panned: its lane moved as a whole) is not drawn again.
 */
export interface MarkBox {
  left: string;
  width: string;
  top: number;
  height: number;
  /** The drawn stretch of time (UTC ms), so that a mark focused off screen can be panned to. */
  at: number;
  until: number;
}

const styleOf = ({ left, width, top, height }: MarkBox): CSSProperties => ({
  left,
  width,
  top,
  height,
});

/** The attributes that tell the timeline where a focused mark is in time. */
const timeOf = ({ at, until }: MarkBox) => ({ 'data-at': at, 'data-until': until });

export interface EventBandProps extends MarkBox {
  event: TimelineEvent;
}

/** An event's stretch of days, named on its first row, around its meetings. */
export const EventBand = memo(function EventBand({ event, ...box }: EventBandProps) {
  const dates = formatDayRange(isoToMs(event.startDate), isoToMs(event.endDate) + DAY_MS);
  return (
    <div className="absolute rounded-md border border-violet-300 bg-violet-50" style={styleOf(box)}>
      <Link
        href={`/events/${event.id}`}
        prefetch={false}
        {...timeOf(box)}
        aria-label={`Event: ${event.name}, ${dates}`}
        className="block truncate px-1.5 text-xs leading-5 font-medium text-violet-950 hover:underline"
      >
        {event.name}
      </Link>
    </div>
  );
});

function clusterShade(count: number): string {
  if (count >= 100) return 'bg-slate-900';
  if (count >= 10) return 'bg-slate-700';
  return 'bg-slate-600';
}

export interface ClusterMarkProps extends MarkBox {
  cell: LayoutCell;
  unit: BucketUnit;
  lane: string;
  onOpen: (cell: LayoutCell, lane: string, target: HTMLElement) => void;
}

/** A bucket with too many meetings to draw: their number; a click zooms in (or lists them). */
export const ClusterMark = memo(function ClusterMark({
  cell,
  unit,
  lane,
  onOpen,
  ...box
}: ClusterMarkProps) {
  const action = unit === 'day' ? 'list them' : 'zoom in';
  const count = formatCount(cell.count);
  return (
    <button
      type="button"
      aria-label={`${count} meetings, ${bucketLabel(unit, cell.start)}: ${action}`}
      {...timeOf(box)}
      onClick={(e) => onOpen(cell, lane, e.currentTarget)}
      className={`absolute grid place-items-center rounded-md text-xs font-semibold text-white tabular-nums ${focusable} ${clusterShade(cell.count)}`}
      style={styleOf(box)}
    >
      <span aria-hidden="true" className="truncate px-0.5">
        {count}
      </span>
    </button>
  );
});

export interface MeetingMarkProps extends MarkBox {
  meeting: TimelineMeeting;
  /** Whether there is room for the title (the name is there either way). */
  titled: boolean;
  lane: string;
  onOpen: (id: number, lane: string, target: HTMLElement) => void;
}

/** A meeting over the days it may have taken place on, with its title when there is room. */
export const MeetingMark = memo(function MeetingMark({
  meeting: m,
  titled,
  lane,
  onOpen,
  ...box
}: MeetingMarkProps) {
  const kind = meetingSpan(m).kind;
  const name = meetingName(m);
  return (
    <button
      type="button"
      data-meeting={m.id}
      data-span={kind}
      {...timeOf(box)}
      aria-label={name}
      title={name}
      onClick={(e) => onOpen(m.id, lane, e.currentTarget)}
      className={`absolute overflow-hidden rounded px-1 text-left text-xs leading-5 whitespace-nowrap ${focusable} ${spanClasses[kind]} ${m.status === 'cancelled' ? 'line-through' : ''}`}
      style={styleOf(box)}
    >
      {titled ? m.title : null}
    </button>
  );
});
