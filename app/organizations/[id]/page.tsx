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
import { listMeetingsOfOrganization } from '@/db/queries/meeting-lists';
import { getOrganization } from '@/db/queries/organizations';
import { countryName } from '@/lib/countries';
import { pageHref, parseId, parsePage } from '../../_components/params';
import { organizationKindLabels } from '../_components/kind-labels';
import { OrganizationOfficials } from '../_components/organization-officials';

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
  const viewer = await pageViewer();
  const db = await getDb();
  const meetings = await listMeetingsOfOrganization(db, viewer, org.id, {
    page: parsePage((await searchParams).page),
  });
  const website = org.website && /^https?:\/\//.test(org.website) ? org.website : null;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/organizations" className="link">
            Organizations
          </Link>
        }
        title={
          <>
            {org.name}
            {org.acronym ? <span className="text-slate-600"> ({org.acronym})</span> : null}
          </>
        }
        description={
          <>
            {organizationKindLabels[org.kind]}
            {org.countryCode ? (
              <>
                {' · '}
                <Link href={`/countries/${org.countryCode}`} className="link">
                  {countryName(org.countryCode)}
                </Link>
              </>
            ) : null}
            {website ? (
              <>
                {' · '}
                <a href={website} rel="noopener noreferrer external" className="link">
                  Website
                </a>
              </>
            ) : null}
            {org.aliases.length ? (
              <span className="block text-sm text-slate-600">
                Also known as {org.aliases.join(', ')}
              </span>
            ) : null}
          </>
        }
      />
      <div className="grid gap-x-8 sm:grid-cols-2">
        <Section id="structure" title="Structure" className="sm:mt-0">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="font-medium text-slate-700">Part of</dt>
              <dd className="mt-0.5">
                {org.parent ? (
                  <Link href={`/organizations/${org.parent.id}`} className="link">
                    {org.parent.name}
                    {org.parent.acronym ? ` (${org.parent.acronym})` : ''}
                  </Link>
                ) : (
                  <span className="text-slate-600">No parent organization</span>
                )}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Sub-organizations</dt>
              <dd className="mt-0.5">
                {org.children.length ? (
                  <ul className="space-y-1">
                    {org.children.map((c) => (
                      <li key={c.id}>
                        <Link href={`/organizations/${c.id}`} className="link">
                          {c.name}
                          {c.acronym ? ` (${c.acronym})` : ''}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-600">None</span>
                )}
              </dd>
            </div>
          </dl>
        </Section>
        <Section
          id="officials"
          title="Officials"
          className="sm:mt-0"
          aside={
            org.officials.length
              ? `${org.officials.length} ${org.officials.length === 1 ? 'position' : 'positions'}`
              : undefined
          }
        >
          {org.officials.length ? (
            <OrganizationOfficials officials={org.officials} />
          ) : (
            <p className="text-sm text-slate-600">No positions recorded here.</p>
          )}
        </Section>
      </div>
      <Section
        id="meetings"
        title="Meetings"
        aside={`${meetings.total.toLocaleString('en')} ${meetings.total === 1 ? 'meeting' : 'meetings'}${org.children.length ? ', sub-organizations included' : ''}`}
      >
        {meetings.total ? (
          <>
            <MeetingList
              meetings={meetings.meetings}
              caption={`Meetings of ${org.name}, page ${meetings.page} of ${meetings.pageCount}`}
            />
            <Pagination
              page={meetings.page}
              pageCount={meetings.pageCount}
              href={(page) => pageHref(`/organizations/${org.id}`, page)}
            />
          </>
        ) : (
          <p className="text-slate-600">No meetings recorded.</p>
        )}
      </Section>
    </>
  );
}
