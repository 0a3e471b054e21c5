import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EventDates } from '@/components/event-dates';
import { MeetingList } from '@/components/meeting-list';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import { getEvent } from '@/db/queries/events';
import { listMeetingsOfEvent } from '@/db/queries/meeting-lists';
import { countryName } from '@/lib/countries';
import { pageHref, parseId, parsePage } from '../../_components/params';

export const dynamic = 'force-dynamic';

interface EventPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadEvent = cache(async (rawId: string) => {
  const id = parseId(rawId);
  return id === null ? null : getEvent(await getDb(), id);
});

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  return { title: event?.name ?? 'Event not found' };
}

export default async function EventPage({ params, searchParams }: EventPageProps) {
  const event = await loadEvent((await params).id);
  if (!event) notFound();
  const viewer = await pageViewer();
  const db = await getDb();
  const meetings = await listMeetingsOfEvent(db, viewer, event.id, {
    page: parsePage((await searchParams).page),
  });
  const place = [event.venue, event.city, countryName(event.countryCode)]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/events" className="link">
            Events
          </Link>
        }
        title={event.name}
        description={
          <>
            <EventDates startDate={event.startDate} endDate={event.endDate} />
            {place ? ` · ${place}` : ''}
          </>
        }
      />
      <dl className="mb-2 grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-700">Organizer</dt>
          <dd className="mt-0.5">
            {event.organizer ? (
              <Link href={`/organizations/${event.organizer.id}`} className="link">
                {event.organizer.name}
                {event.organizer.acronym ? ` (${event.organizer.acronym})` : ''}
              </Link>
            ) : (
              <span className="text-slate-600">Not recorded</span>
            )}
          </dd>
        </div>
        {event.description ? (
          <div>
            <dt className="font-medium text-slate-700">About</dt>
            <dd className="mt-0.5 whitespace-pre-line text-slate-800">{event.description}</dd>
          </div>
        ) : null}
      </dl>
      <Section
        id="meetings"
        title="Meetings on the sidelines"
        aside={`${meetings.total.toLocaleString('en')} ${meetings.total === 1 ? 'meeting' : 'meetings'}`}
      >
        {meetings.total ? (
          <>
            <MeetingList
              meetings={meetings.meetings}
              caption={`Meetings at ${event.name}, page ${meetings.page} of ${meetings.pageCount}`}
            />
            <Pagination
              page={meetings.page}
              pageCount={meetings.pageCount}
              href={(page) => pageHref(`/events/${event.id}`, page)}
            />
          </>
        ) : (
          <p className="text-slate-600">No meetings recorded at this event.</p>
        )}
      </Section>
    </>
  );
}
