import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { countries } from '@/lib/countries';
import { emptyEventForm } from '../_components/event-form-state';
import { EventForm } from '../_components/event-form';

export const metadata: Metadata = { title: 'New event' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default function NewEventPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href="/events" className="link">
            Events
          </Link>
        }
        title="New event"
        description="A session, summit or forum. Meetings on its sidelines can then be logged under it."
      />
      <EventForm initialValues={emptyEventForm()} countries={countryOptions} cancelHref="/events" />
    </div>
  );
}
