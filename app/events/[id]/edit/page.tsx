import { pageViewer } from '@/lib/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteRecordButton } from '@/components/entity-form/delete-record-button';
import { FormCard } from '@/components/entity-form/form-parts';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { getEvent } from '@/db/queries/events';
import { countMeetings } from '@/db/queries/meeting-search';
import { emptyFilters } from '@/lib/filters';
import { countries } from '@/lib/countries';
import { parseId } from '@/lib/page-params';
import { deleteEventAction } from '../../actions';
import { eventToFormState } from '../../_components/event-form-state';
import { EventForm } from '../../_components/event-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Edit event' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  const event = await getEvent(db, id);
  if (!event) notFound();
  const meetings = await countMeetings(db, await pageViewer(), { ...emptyFilters, event: [id] });
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <>
            <Link href="/events" className="link">
              Events
            </Link>
            {' / '}
            <Link href={`/events/${id}`} className="link">
              {event.name}
            </Link>
          </>
        }
        title="Edit event"
      />
      <EventForm
        initialValues={eventToFormState(event, event.organizer)}
        countries={countryOptions}
        cancelHref={`/events/${id}`}
        eventId={id}
        version={event.version}
      />
      <div className="mt-10">
        <FormCard title="Deletion">
          <DeleteRecordButton
            what="event"
            id={id}
            name={event.name}
            consequence={
              meetings
                ? `The ${meetings === 1 ? 'meeting' : `${meetings} meetings`} on its sidelines keep it.`
                : 'No meeting is logged under it.'
            }
            action={deleteEventAction}
            redirectTo="/events"
            queryKey="events"
          />
        </FormCard>
      </div>
    </div>
  );
}
