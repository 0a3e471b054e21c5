import { HistoryPanel } from '@/components/history-panel';
import { listHistory } from '@/db/queries/audit';
import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { topicHref } from '@/components/profile/links';
import { PeriodBars } from '@/components/profile/period-bars';
import { ProfileMeetings } from '@/components/profile/profile-meetings';
import { RangeForm, rangeLabel } from '@/components/profile/range-form';
import { ProfileGrid, TallySection } from '@/components/profile/tally-section';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { getOrganization } from '@/db/queries/organizations';
import { organizationProfile } from '@/db/queries/profiles/organization-profile';
import { pageHref, parsePage, todayIso } from '@/lib/page-params';
import { profileFilters, rangeQuery, readProfileRange } from '@/lib/profile-range';
import { parseId } from '@/lib/ids';
import { OrganizationHeader } from '../_components/organization-header';
import { OrganizationOfficials } from '../_components/organization-officials';
import { OrganizationStructure } from '../_components/organization-structure';

export const dynamic = 'force-dynamic';

interface OrganizationPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadOrganization = cache(async (rawId: string) => {
  const id = parseId(rawId);
  return id === null ? null : getOrganization(await getDb(), await pageViewer(), id);
});

export async function generateMetadata({ params }: OrganizationPageProps): Promise<Metadata> {
  const organization = await loadOrganization((await params).id);
  return { title: organization?.name ?? 'Organization not found' };
}

export default async function OrganizationPage({ params, searchParams }: OrganizationPageProps) {
  const org = await loadOrganization((await params).id);
  if (!org) notFound();
  const query = await searchParams;
  const range = readProfileRange(query);
  const filters = profileFilters({ organization: [org.id] }, range);
  const path = `/organizations/${org.id}`;
  const profile = await organizationProfile(await getDb(), await pageViewer(), org, filters, {
    page: parsePage(query.page),
  });
  const keep = Object.fromEntries(rangeQuery(range));
  const name = org.acronym || org.name;
  return (
    <>
      <OrganizationHeader organization={org} />
      <ProfileGrid>
        <div>
          <Section id="structure" title="Structure">
            <OrganizationStructure organization={org} />
          </Section>
        </div>
        <div>
          <Section id="officials" title="Officials, past and present">
            {org.officials.length ? (
              <OrganizationOfficials officials={org.officials} today={todayIso()} />
            ) : (
              <p className="text-sm text-slate-600">No positions recorded here.</p>
            )}
          </Section>
        </div>
      </ProfileGrid>
      <Section id="activity" title="Activity" aside={rangeLabel(range)} className="mt-8">
        <RangeForm action={path} range={range} filters={filters} />
        {org.children.length ? (
          <p className="mt-2 text-sm text-slate-600">
            Counts include the meetings of its sub-organizations.
          </p>
        ) : null}
      </Section>
      <ProfileGrid>
        <TallySection
          id="countries"
          title="Countries met most"
          tallies={profile.countries}
          label={`Countries represented at meetings of ${name}`}
          hrefOf={(t) => `/countries/${t.value}`}
          context={(t) => `of ${name} with ${t.label}`}
          empty="No other countries recorded."
        />
        <TallySection
          id="counterpart-organizations"
          title="Organizations met most"
          tallies={profile.organizations}
          label={`Organizations at meetings of ${name}`}
          hrefOf={(t) => `/organizations/${t.value}`}
          context={(t) => `of ${name} with ${t.label}`}
          empty="No other organizations recorded."
        />
        <TallySection
          id="topics"
          title="Topics"
          tallies={profile.topics}
          label={`Topics of meetings of ${name}`}
          hrefOf={topicHref}
          context={(t) => `on ${t.label}`}
          empty="No topics recorded."
        />
        <div>
          <Section id="per-year" title="Meetings per year">
            <PeriodBars
              periods={profile.years}
              unit="year"
              label={`Meetings of ${name} per year`}
            />
          </Section>
        </div>
      </ProfileGrid>
      <ProfileMeetings
        title="Meetings"
        result={profile.meetings}
        filters={filters}
        caption={`Meetings of ${org.name}`}
        note={org.children.length ? ', sub-organizations included' : undefined}
        pageHref={(page) => pageHref(path, page, 'page', keep)}
        empty="No meetings recorded."
      />
      <HistoryPanel entries={await listHistory(await getDb(), 'organization', org.id)} />
    </>
  );
}
