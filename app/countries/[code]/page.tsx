import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { plural } from '@/components/profile/links';
import { ProfileMeetings } from '@/components/profile/profile-meetings';
import { RangeForm, rangeLabel } from '@/components/profile/range-form';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { listOfficialsOfCountry } from '@/db/queries/countries';
import { countMeetings } from '@/db/queries/meeting-search';
import { countryProfile, type CountryView } from '@/db/queries/profiles/country-profile';
import { getCountry } from '@/lib/countries';
import { firstParam, pageHref, parsePage, todayIso } from '@/lib/page-params';
import { profileFilters, rangeQuery, readProfileRange } from '@/lib/profile-range';
import { CountryActivity } from '../_components/country-activity';
import { CountryOfficials } from '../_components/country-officials';
import { CountryTabs } from '../_components/country-tabs';

export const dynamic = 'force-dynamic';

interface CountryPageProps {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: CountryPageProps): Promise<Metadata> {
  return { title: getCountry((await params).code)?.name ?? 'Country not found' };
}

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const country = getCountry((await params).code);
  if (!country) notFound();
  const query = await searchParams;
  const view: CountryView = firstParam(query.view) === 'held' ? 'held' : 'represented';
  const range = readProfileRange(query);
  const sets: Record<CountryView, ReturnType<typeof profileFilters>> = {
    represented: profileFilters({ country: [country.code] }, range),
    held: profileFilters({ heldIn: [country.code] }, range),
  };
  const filters = sets[view];
  const db = await getDb();
  const viewer = await pageViewer();
  const [profile, represented, held, officials] = await Promise.all([
    countryProfile(db, viewer, country.code, view, filters, { page: parsePage(query.page) }),
    countMeetings(db, viewer, sets.represented),
    countMeetings(db, viewer, sets.held),
    listOfficialsOfCountry(db, country.code, todayIso(), {
      page: parsePage(query.officials),
      pageSize: 20,
    }),
  ]);
  const path = `/countries/${country.code}`;
  const keep = (extra: Record<string, string>) => Object.fromEntries(rangeQuery(range, extra));
  const viewKeep: Record<string, string> = view === 'held' ? { view } : {};
  const tabHref = (v: CountryView) => {
    const q = rangeQuery(range, v === 'held' ? { view: v } : {}).toString();
    return q ? `${path}?${q}` : path;
  };
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/countries" className="link">
            Countries
          </Link>
        }
        title={country.name}
        description={[country.subregion || country.region, country.code]
          .filter(Boolean)
          .join(' · ')}
      />
      <Section id="activity" title="Activity" aside={rangeLabel(range)}>
        <RangeForm action={path} range={range} filters={filters} keep={viewKeep} />
      </Section>
      <CountryTabs
        name={country.name}
        view={view}
        hrefOf={tabHref}
        counts={{ represented, held }}
      />
      <CountryActivity name={country.name} view={view} profile={profile} />
      <ProfileMeetings
        title={view === 'held' ? `Meetings held in ${country.name}` : 'Meetings where represented'}
        result={profile.meetings}
        filters={filters}
        caption={
          view === 'held'
            ? `Meetings held in ${country.name}`
            : `Meetings where ${country.name} was represented`
        }
        pageHref={(page) => pageHref(path, page, 'page', keep(viewKeep))}
        empty="No meetings recorded."
      />
      <Section
        id="officials"
        title={`Officials serving ${country.name}`}
        aside={plural(officials.total, 'official', 'officials')}
      >
        {officials.total ? (
          <>
            <CountryOfficials
              officials={officials.officials}
              label={`Officials serving ${country.name}`}
            />
            <Pagination
              label="Pages of officials"
              page={officials.page}
              pageCount={officials.pageCount}
              href={(page) => pageHref(path, page, 'officials', keep(viewKeep))}
            />
          </>
        ) : (
          <p className="text-slate-600">No officials recorded.</p>
        )}
      </Section>
    </>
  );
}
