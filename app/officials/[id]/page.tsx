import { HistoryPanel } from '@/components/history-panel';
import { listHistory } from '@/db/queries/audit';
import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EgoNetwork } from '@/components/profile/ego-network';
import { FollowUpList } from '@/components/profile/follow-up-list';
import { ProfileMeetings } from '@/components/profile/profile-meetings';
import { RangeForm, rangeLabel } from '@/components/profile/range-form';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { getOfficial } from '@/db/queries/officials';
import { officialProfile } from '@/db/queries/profiles/official-profile';
import { pageHref, parsePage, todayIso } from '@/lib/page-params';
import { profileFilters, rangeQuery, readProfileRange } from '@/lib/profile-range';
import { parseId } from '@/lib/ids';
import { OfficialActivity } from '../_components/official-activity';
import { OfficialHeader } from '../_components/official-header';
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
  const query = await searchParams;
  const range = readProfileRange(query);
  const filters = profileFilters({ official: [official.id] }, range);
  const today = todayIso();
  const path = `/officials/${official.id}`;
  const profile = await officialProfile(await getDb(), await pageViewer(), official, filters, {
    page: parsePage(query.page),
  });
  const keep = Object.fromEntries(rangeQuery(range));
  // The official's title at the time of each meeting, as recorded on the participant row.
  const titles = new Map(
    profile.meetings.items.map((m) => [
      m.id,
      m.participants.find((p) => p.officialId === official.id)?.title ?? null,
    ]),
  );
  const { followUps, network } = profile;
  return (
    <>
      <OfficialHeader official={official} today={today} />
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
      <Section id="activity" title="Activity" aside={rangeLabel(range)}>
        <RangeForm action={path} range={range} filters={filters} />
      </Section>
      <OfficialActivity name={official.displayName} profile={profile} />
      <Section id="network" title="Who met whom">
        {network.counterparts.length ? (
          <EgoNetwork network={network} />
        ) : (
          <p className="text-slate-600">No counterparts recorded.</p>
        )}
      </Section>
      <ProfileMeetings
        title="Meetings"
        result={profile.meetings}
        filters={filters}
        caption={`Meetings of ${official.displayName}`}
        pageHref={(page) => pageHref(path, page, 'page', keep)}
        rowNote={(m) => (titles.get(m.id) ? `As ${titles.get(m.id)}` : null)}
        empty="No meetings recorded."
      />
      <Section
        id="follow-ups"
        title="Follow-ups"
        aside={
          followUps.total
            ? `${followUps.open.toLocaleString('en')} open of ${followUps.total.toLocaleString('en')}`
            : undefined
        }
      >
        {followUps.items.length ? (
          <>
            <FollowUpList
              followUps={followUps.items}
              today={today}
              label={`Follow-ups of ${official.displayName}’s meetings`}
            />
            {followUps.total > followUps.items.length ? (
              <p className="mt-2 text-sm text-slate-600">
                The {followUps.items.length} most pressing: open ones by due date first. Each
                meeting’s page lists all of its follow-ups.
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-slate-600">No follow-ups from these meetings.</p>
        )}
      </Section>
      <HistoryPanel entries={await listHistory(await getDb(), 'official', official.id)} />
    </>
  );
}
