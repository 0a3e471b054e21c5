import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { MeetingBadges } from '@/components/meeting-badges';
import { PageHeader } from '@/components/page-header';
import { buttonClasses } from '@/components/ui/button';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/server/auth/current';
import { listHistory } from '@/db/queries/audit';
import { getMeeting } from '@/db/queries/meetings';
import { HistoryPanel } from '@/components/history-panel';
import { hasRole } from '@/lib/domain/viewer';
import { parseId } from '@/lib/ids';
import { todayIso } from '@/lib/page-params';
import { DeleteMeetingButton } from './_components/delete-meeting-button';
import { FollowUpsSection } from './_components/follow-ups-section';
import { MeetingFacts } from './_components/meeting-facts';
import { ParticipantsSection } from './_components/participants-section';
import { RecordedSection } from './_components/recorded-section';
import { SourcesSection } from './_components/sources-section';
import { SummarySection } from './_components/summary-section';
import { TopicsSection } from './_components/topics-section';

export const dynamic = 'force-dynamic';

interface MeetingPageProps {
  params: Promise<{ id: string }>;
}

/** One read per request, shared by the metadata and the page. */
const loadMeeting = cache(async (rawId: string) => {
  const id = parseId(rawId);
  if (id === null) return null;
  return getMeeting(await getDb(), await pageViewer(), id);
});

export async function generateMetadata({ params }: MeetingPageProps): Promise<Metadata> {
  const meeting = await loadMeeting((await params).id);
  return { title: meeting?.title ?? 'Meeting not found' };
}

export default async function MeetingPage({ params }: MeetingPageProps) {
  const meeting = await loadMeeting((await params).id);
  if (!meeting) notFound();
  const viewer = await pageViewer();
  const history = await listHistory(await getDb(), 'meeting', meeting.id);
  const canEdit = hasRole(viewer.role, 'editor');
  return (
    <article>
      <PageHeader
        eyebrow={
          <Link href="/meetings" className="link">
            Meetings
          </Link>
        }
        title={meeting.title}
        description={
          <div className="mt-2">
            <MeetingBadges
              format={meeting.format}
              status={meeting.status}
              classification={meeting.classification}
            />
          </div>
        }
        actions={
          canEdit ? (
            <>
              <Link href={`/meetings/${meeting.id}/edit`} className={buttonClasses('secondary')}>
                Edit meeting
              </Link>
              <DeleteMeetingButton meetingId={meeting.id} meetingTitle={meeting.title} />
            </>
          ) : null
        }
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <MeetingFacts meeting={meeting} />
          <div className="mt-8">
            <ParticipantsSection participants={meeting.participants} />
          </div>
          <SummarySection summary={meeting.summary} outcomes={meeting.outcomes} />
          <FollowUpsSection followUps={meeting.followUps} today={todayIso()} />
          <HistoryPanel entries={history} />
        </div>
        <div className="min-w-0">
          <TopicsSection topics={meeting.topics} />
          <SourcesSection sources={meeting.sources} />
          <RecordedSection
            createdAt={meeting.createdAt}
            updatedAt={meeting.updatedAt}
            version={meeting.version}
          />
        </div>
      </div>
    </article>
  );
}
