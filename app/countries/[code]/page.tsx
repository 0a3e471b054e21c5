import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MeetingList } from '@/components/meeting-list';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/current';
import { getCountryActivity, listOfficialsOfCountry } from '@/db/queries/countries';
import { listMeetingsHeldIn, listMeetingsRepresenting } from '@/db/queries/meeting-lists';
import { getCountry } from '@/lib/countries';
import { pageHref, parsePage, todayIso } from '../../_components/params';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;

interface CountryPageProps {
  params: Promise<{ code: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: CountryPageProps): Promise<Metadata> {
  return { title: getCountry((await params).code)?.name ?? 'Country not found' };
}

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const country = getCountry((await params).code);
  if (!country) notFound();
  const query = await searchParams;
  // Each list pages on its own, keeping the others' pages in the links.
  const pages = {
    page: parsePage(query.page),
    held: parsePage(query.held),
    officials: parsePage(query.officials),
  };
  const viewer = await pageViewer();
  const db = await getDb();
  const [activity, represented, held, officials] = await Promise.all([
    getCountryActivity(db, viewer, country.code),
    listMeetingsRepresenting(db, viewer, country.code, { page: pages.page }),
    listMeetingsHeldIn(db, viewer, country.code, { page: pages.held }),
    listOfficialsOfCountry(db, country.code, todayIso(), { page: pages.officials }),
  ]);
  const href = (param: keyof typeof pages) => (page: number) => {
    const keep: Record<string, string> = {};
    for (const [k, v] of Object.entries(pages)) if (v && v > 1 && k !== param) keep[k] = String(v);
    return pageHref(`/countries/${country.code}`, page, param, keep);
  };
  const plural = (n: number, one: string, many: string) =>
    `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
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
      <Section
        id="represented"
        title="Meetings where represented"
        aside={plural(activity.represented, 'meeting', 'meetings')}
      >
        {represented.total ? (
          <>
            <MeetingList
              meetings={represented.meetings}
              caption={`Meetings where ${country.name} was represented, page ${represented.page} of ${represented.pageCount}`}
            />
            <Pagination
              label="Pagination of meetings where represented"
              page={represented.page}
              pageCount={represented.pageCount}
              href={href('page')}
            />
          </>
        ) : (
          <p className="text-slate-600">No meetings recorded.</p>
        )}
      </Section>
      <Section
        id="held"
        title={`Meetings held in ${country.name}`}
        aside={plural(activity.hosted, 'meeting', 'meetings')}
      >
        {held.total ? (
          <>
            <MeetingList
              meetings={held.meetings}
              caption={`Meetings held in ${country.name}, page ${held.page} of ${held.pageCount}`}
            />
            <Pagination
              label="Pagination of meetings held there"
              page={held.page}
              pageCount={held.pageCount}
              href={href('held')}
            />
          </>
        ) : (
          <p className="text-slate-600">No meetings recorded.</p>
        )}
      </Section>
      <Section
        id="officials"
        title="Officials"
        aside={plural(activity.officials, 'official', 'officials')}
      >
        {officials.total ? (
          <>
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {officials.officials.map((o) => (
                <li key={o.id} className="px-4 py-2.5 text-sm">
                  <Link href={`/officials/${o.id}`} className="link font-medium">
                    {o.displayName}
                  </Link>
                  {o.position ? (
                    <span className="text-slate-700">
                      {', '}
                      {[
                        o.position.title,
                        o.position.organizationAcronym || o.position.organizationName,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            <Pagination
              label="Pagination of officials"
              page={officials.page}
              pageCount={officials.pageCount}
              href={href('officials')}
            />
          </>
        ) : (
          <p className="text-slate-600">No officials recorded.</p>
        )}
      </Section>
    </>
  );
}
