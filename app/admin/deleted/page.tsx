import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { Badge } from '@/components/badge';
import { EmptyState } from '@/components/empty-state';
import { MeetingDate } from '@/components/meeting-date';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { listDeletedMeetings, listDeletedRecords } from '@/db/queries/deleted';
import { pageViewer } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import { pageHref, parsePage } from '@/lib/page-params';
import { RestoreButton } from './_components/restore-button';
import { RestoreRecordButton } from './_components/restore-record-button';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Deleted records' };

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

const kindLabels = {
  official: 'Official',
  organization: 'Organization',
  topic: 'Topic',
  event: 'Event',
} as const;

/** Soft-deleted meetings, then other records, most recent first, each with Restore (admins). */
export default async function DeletedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'admin')) return <AccessDenied need="admin" />;
  const db = await getDb();
  const result = await listDeletedMeetings(db, {
    page: parsePage((await searchParams).page),
    pageSize: 25,
  });
  const records = await listDeletedRecords(db);
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Deleted records"
        description="Deleted meetings leave every list, count, export and search; restoring one brings it back everywhere and records the restore in its history."
      />
      {result.meetings.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {result.meetings.map((m) => (
            <li
              key={m.id}
              className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="min-w-0">
                <p className="font-medium break-words text-slate-900">
                  {m.title}{' '}
                  {m.classification === 'restricted' ? (
                    <Badge tone="red" label="Classification:">
                      Restricted
                    </Badge>
                  ) : null}
                </p>
                <p className="text-sm text-slate-700">
                  Meeting of{' '}
                  <MeetingDate
                    startDate={m.startDate}
                    endDate={m.endDate}
                    datePrecision={m.datePrecision}
                  />{' '}
                  · deleted {when.format(new Date(m.deletedAt * 1000))} UTC
                  {m.deletedBy ? ` by ${m.deletedBy}` : ''}
                </p>
              </div>
              <RestoreButton meetingId={m.id} title={m.title} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>Nothing is deleted. Deleted meetings will be listed here.</EmptyState>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => pageHref('/admin/deleted', page)}
        label="Deleted records pages"
      />
      <section aria-labelledby="deleted-records" className="mt-10">
        <h2 id="deleted-records" className="text-lg font-semibold text-slate-900">
          Officials, organizations, topics and events
        </h2>
        {records.length ? (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {records.map((r) => (
              <li
                key={`${r.kind}:${r.id}`}
                className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="font-medium break-words text-slate-900">{r.name}</p>
                  <p className="text-sm text-slate-700">
                    {kindLabels[r.kind]} · deleted {when.format(new Date(r.deletedAt * 1000))} UTC
                  </p>
                </div>
                <RestoreRecordButton record={r} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-slate-600">
            No official, organization, topic or event is deleted.
          </p>
        )}
      </section>
    </>
  );
}
