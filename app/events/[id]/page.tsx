import { HistoryPanel } from '@/components/history-panel';
import { listHistory } from '@/db/queries/audit';
import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EventDates } from '@/components/event-dates';
import { PageHeader } from '@/components/page-header';
import { HeaderActions } from '@/components/profile/header-actions';
import { ProfileMeetings } from '@/components/profile/profile-meetings';
import { getDb } from '@/db';
import { getEvent } from '@/db/queries/events';
import { eventProfile } from '@/db/queries/profiles/event-profile';
import { countryName } from '@/lib/countries';
import { pageHref, parsePage } from '@/lib/page-params';
import { profileFilters } from '@/lib/profile-range';
import { parseId } from '@/lib/ids';
import { EventActivity } from '../_components/event-activity';

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
  const filters = profileFilters({ event: [event.id] }, {});
  const profile = await eventProfile(await getDb(), await pageViewer(), filters, {
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
        actions={<HeaderActions actions={[{ href: `/events/${event.id}/edit`, label: 'Edit' }]} />}
      />
      <dl className="grid gap-x-8 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-medium text-slate-700">Dates</dt>
          <dd className="mt-0.5">
            <EventDates startDate={event.startDate} endDate={event.endDate} />
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Venue</dt>
          <dd className="mt-0.5">
            {event.countryCode ? (
              <>
                {[event.venue, event.city].filter(Boolean).join(', ')}
                {event.venue || event.city ? ', ' : ''}
                <Link href={`/countries/${event.countryCode}`} className="link">
                  {countryName(event.countryCode)}
                </Link>
              </>
            ) : (
              place || <span className="text-slate-600">Not recorded</span>
            )}
          </dd>
        </div>
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
          <div className="sm:col-span-3">
            <dt className="font-medium text-slate-700">About</dt>
            <dd className="mt-0.5 whitespace-pre-line text-slate-800">{event.description}</dd>
          </div>
        ) : null}
      </dl>
      <EventActivity name={event.name} profile={profile} />
      <ProfileMeetings
        title="Meetings on the sidelines"
        result={profile.meetings}
        filters={filters}
        caption={`Meetings at ${event.name}`}
        pageHref={(page) => pageHref(`/events/${event.id}`, page)}
        empty="No meetings recorded at this event."
      />
      <HistoryPanel entries={await listHistory(await getDb(), 'event', event.id)} />
    </>
  );
}
