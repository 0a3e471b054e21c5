'use client';

import Link from 'next/link';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { MeetingBadges } from '@/components/meeting-badges';
import { MeetingDate } from '@/components/meeting-date';
import { buttonClasses } from '@/components/ui/button';
import { useCountries } from '@/components/filters/country-names';
import { meetingsCount } from '@/lib/timeline/numbers';
import type { TimelineEvent, TimelineMeeting } from '@/lib/timeline/types';

/** Where a card opens: under the clicked meeting or cluster, in the chart's coordinates. */
export interface CardAnchor {
  left: number;
  top: number;
}

interface CardShellProps {
  anchor: CardAnchor;
  title: string;
  /** Escape or the close button: the focus goes back to what opened the card. */
  onClose: () => void;
  /** A click elsewhere: the focus goes where the click went. */
  onDismiss: () => void;
  children: ReactNode;
}

/**
 * A card over the timeline, next to what was clicked: a non-modal dialog that takes the focus
 * (its title is read first) and closes with Escape, its close button, or a click elsewhere.
 */
function CardShell({ anchor, title, onClose, onDismiss, children }: CardShellProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [title]);
  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (card.current && !card.current.contains(e.target as Node)) onDismiss();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [onDismiss]);

  return (
    <div
      ref={card}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      className="absolute z-30 w-[min(22rem,calc(100%-1rem))] rounded-lg border border-slate-300 bg-white p-4 text-sm shadow-xl"
      style={{ left: anchor.left, top: anchor.top }}
    >
      <div className="flex items-start justify-between gap-3">
        <h3
          id={titleId}
          ref={heading}
          tabIndex={-1}
          className="text-base font-semibold text-balance text-slate-950 focus:outline-none"
        >
          {title}
        </h3>
        <button
          type="button"
          onClick={onClose}
          className="-mt-1 -mr-1 grid size-8 shrink-0 place-items-center rounded-md text-slate-700 hover:bg-slate-100"
        >
          <span aria-hidden="true">×</span>
          <span className="sr-only">Close</span>
        </button>
      </div>
      <div className="mt-2 space-y-2">{children}</div>
    </div>
  );
}

export interface MeetingCardProps {
  meeting: TimelineMeeting;
  event: TimelineEvent | null;
  anchor: CardAnchor;
  onClose: () => void;
  onDismiss: () => void;
}

/** A meeting's card: title, date as the app writes it, place, event, participants, a link. */
export function MeetingCard({ meeting: m, event, ...shell }: MeetingCardProps) {
  const { nameOf } = useCountries();
  const place = [m.venue, m.city, nameOf(m.countryCode)].filter(Boolean).join(', ');
  const more = m.peopleCount - m.people.length;
  return (
    <CardShell {...shell} title={m.title}>
      <p className="text-slate-800">
        <MeetingDate
          startDate={m.startDate}
          endDate={m.endDate}
          datePrecision={m.datePrecision}
          long
        />
        {m.time ? `, ${m.time}` : ''}
        {place ? <span className="text-slate-600"> · {place}</span> : null}
      </p>
      {event ? (
        <p className="text-slate-700">
          Event:{' '}
          <Link href={`/events/${event.id}`} className="link">
            {event.name}
          </Link>
        </p>
      ) : null}
      <MeetingBadges format={m.format} status={m.status} />
      <div>
        <h4 className="sr-only">Participants</h4>
        <ul className="space-y-0.5">
          {m.people.map((p, i) => (
            <li key={i}>
              <span className="text-slate-900">{p.name}</span>
              {p.affiliation ? <span className="text-slate-600"> ({p.affiliation})</span> : null}
            </li>
          ))}
          {more > 0 ? <li className="text-slate-600">and {more} more</li> : null}
        </ul>
      </div>
      <Link href={`/meetings/${m.id}`} className={buttonClasses('primary', 'mt-1 w-full')}>
        Open meeting
      </Link>
    </CardShell>
  );
}

export interface ClusterCardProps {
  count: number;
  period: string;
  lane: string;
  href: string | null;
  anchor: CardAnchor;
  onClose: () => void;
  onDismiss: () => void;
}

/** A cluster at the finest zoom: how many meetings, when, and a link to list them. */
export function ClusterCard({ count, period, lane, href, ...shell }: ClusterCardProps) {
  const meetings = meetingsCount(count);
  return (
    <CardShell {...shell} title={`${meetings} on ${period}`}>
      <p className="text-slate-700">{lane}: too many to draw one by one on this day.</p>
      {href ? (
        <Link href={href} prefetch={false} className={buttonClasses('primary', 'w-full')}>
          List these {meetings}
        </Link>
      ) : null}
    </CardShell>
  );
}
