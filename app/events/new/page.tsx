import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { pageViewer } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { countries } from '@/lib/countries';
import { emptyEventForm } from '../_components/event-form-state';
import { EventForm } from '../_components/event-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'New event' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));

export default async function NewEventPage() {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'editor')) return <AccessDenied need="editor" />;
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
