import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { MeetingList } from '@/components/meeting-list';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import { listMeetingsOfOfficial } from '@/db/queries/meeting-lists';
import { getOfficial } from '@/db/queries/officials';
import { countryName } from '@/lib/countries';
import { pageHref, parseId, parsePage } from '../../_components/params';
import { PositionsTable } from '../_components/positions-table';

export const dynamic = 'force-dynamic';

interface OfficialPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadOfficial = cache(async (rawId: string) => {
  const id = parseId(rawId);
  return id === null ? null : getOfficial(await getDb(), id);
});

export async function generateMetadata({ params }: OfficialPageProps): Promise<Metadata> {
  const official = await loadOfficial((await params).id);
  return { title: official?.displayName ?? 'Official not found' };
}

export default async function OfficialPage({ params, searchParams }: OfficialPageProps) {
  const official = await loadOfficial((await params).id);
  if (!official) notFound();
  const viewer = await pageViewer();
  const db = await getDb();
  const meetings = await listMeetingsOfOfficial(db, viewer, official.id, {
    page: parsePage((await searchParams).page),
  });
  // The official's title at the time of each meeting, as recorded on the participant row.
  const titles = new Map(
    meetings.meetings.map((m) => [
      m.id,
      m.participants.find((p) => p.officialId === official.id)?.title ?? null,
    ]),
  );
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/officials" className="link">
            Officials
          </Link>
        }
        title={official.displayName}
        description={
          <>
            {official.countryCode ? (
              <Link href={`/countries/${official.countryCode}`} className="link">
                {countryName(official.countryCode)}
              </Link>
            ) : (
              'International civil servant'
            )}
            {official.aliases.length ? (
              <span className="block text-sm text-slate-600">
                Also known as {official.aliases.join(', ')}
              </span>
            ) : null}
          </>
        }
      />
      {official.notes ? (
        <p className="mb-6 whitespace-pre-line text-slate-800">{official.notes}</p>
      ) : null}
      <Section id="positions" title="Positions">
        {official.positions.length ? (
          <PositionsTable positions={official.positions} />
        ) : (
          <p className="text-slate-600">No positions recorded.</p>
        )}
      </Section>
      <Section
        id="meetings"
        title="Meetings"
        aside={`${meetings.total.toLocaleString('en')} ${meetings.total === 1 ? 'meeting' : 'meetings'}, newest first`}
      >
        {meetings.total ? (
          <>
            <MeetingList
              meetings={meetings.meetings}
              caption={`Meetings of ${official.displayName}, page ${meetings.page} of ${meetings.pageCount}`}
              note={(m) => (titles.get(m.id) ? `As ${titles.get(m.id)}` : null)}
            />
            <Pagination
              page={meetings.page}
              pageCount={meetings.pageCount}
              href={(page) => pageHref(`/officials/${official.id}`, page)}
            />
          </>
        ) : (
          <p className="text-slate-600">No meetings recorded.</p>
        )}
      </Section>
    </>
  );
}
