import type { Metadata } from 'next';
import { getDb } from '@/db';
import { AccessDenied } from '@/components/access-denied';
import { hasRole } from '@/lib/domain/viewer';
import { pageViewer } from '@/lib/server/auth/current';
import { emptyMeetingForm } from '@/lib/meeting-form-values';
import { loadFormOptions } from '../_components/meeting-form/load-form-options';
import { MeetingForm } from '../_components/meeting-form/meeting-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Log a meeting' };

export default async function NewMeetingPage() {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'editor')) return <AccessDenied need="editor" />;
  const { countries, events } = await loadFormOptions(await getDb());
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Log a meeting</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        Record who met whom, when, where and on what. Title, date and at least one participant are
        required.
      </p>
      <MeetingForm
        initialValues={emptyMeetingForm()}
        countries={countries}
        events={events}
        cancelHref="/meetings"
      />
    </div>
  );
}
