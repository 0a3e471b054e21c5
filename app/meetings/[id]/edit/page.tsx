import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { AccessDenied } from '@/components/access-denied';
import { hasRole } from '@/lib/domain/viewer';
import { pageViewer } from '@/lib/server/auth/current';
import { getMeeting } from '@/db/queries/meetings';
import { countryName } from '@/lib/countries';
import { meetingToFormState } from '@/lib/meeting-form-values';
import { loadFormOptions } from '../../_components/meeting-form/load-form-options';
import { MeetingForm } from '../../_components/meeting-form/meeting-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Edit meeting' };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'editor')) return <AccessDenied need="editor" />;
  const db = await getDb();
  const meeting = await getMeeting(db, viewer, id);
  if (!meeting) notFound();
  const { countries, events } = await loadFormOptions(db);
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Edit meeting</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">{meeting.title}</p>
      <MeetingForm
        initialValues={meetingToFormState(meeting, countryName)}
        countries={countries}
        events={events}
        cancelHref={`/meetings/${id}`}
        meetingId={id}
        version={meeting.version}
      />
    </div>
  );
}
