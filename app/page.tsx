import { pageViewer } from '@/lib/server/auth/current';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CompactMeetingList } from '@/components/compact-meeting-list';
import { Section } from '@/components/section';
import { getDb } from '@/db';
import { splitValues } from '@/db/queries/period-splits';
import { countries } from '@/lib/countries';
import { todayIso } from '@/lib/page-params';
import { type Period, periodOptions } from '@/lib/periods';
import { meetingsHref } from '@/lib/url-state';
import { CounterpartCountries } from './_components/dashboard/counterpart-countries';
import { DashboardControls } from './_components/dashboard/dashboard-controls';
import { dashboardHref, dashboardUrl } from './_components/dashboard/dashboard-url';
import { FollowUpsSection } from './_components/dashboard/follow-ups-section';
import { KpiCards } from './_components/dashboard/kpi-cards';
import { loadDashboard } from './_components/dashboard/load';
import { MeetingsChart } from './_components/dashboard/meetings-chart';
import { RankedList } from './_components/dashboard/ranked-list';
import { TopicTrends } from './_components/dashboard/topic-trends';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dashboard' };

const countryOptions = countries.map(({ code, name }) => ({ code, name }));
/** What comes between "Meetings held" and the period's dates. */
function periodLead(p: Period): string {
  if (p.choice === 'last-12-months') return ' in the last 12 months, ';
  if (p.choice === 'this-quarter') return ' this quarter, ';
  if (p.choice === 'custom') return ', ';
  return p.label === p.choice ? ' in ' : ` in ${p.choice} to date, `;
}
const meetings = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'meeting' : 'meetings'}`;

/**
 * The managers' dashboard: the held meetings of a period (and the filters) in figures, over
 * time, by counterpart and topic, on a map; then what is planned and what is due. Every number
 * links to the meetings it counts; the state is in the URL.
 */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const today = todayIso();
  const state = dashboardUrl.parse(await searchParams, today);
  const db = await getDb();
  const data = await loadDashboard(db, await pageViewer(), state, today);
  const { period } = state;
  const followUpsHref = {
    current: dashboardHref({ ...state, allFollowUps: true }, '#follow-ups'),
    // The previous period's follow-ups are this dashboard at those dates.
    previous: dashboardHref(
      {
        ...state,
        allFollowUps: true,
        period: { ...period, choice: 'custom', from: period.previous.from, to: period.previous.to },
      },
      '#follow-ups',
    ),
  };
  return (
    <>
      <div className="mb-4">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-950 sm:text-3xl">
          Dashboard
        </h1>
        <p className="mt-1 text-slate-700">
          Meetings held{periodLead(period)}
          <span className="font-medium text-slate-900">{period.label}</span>
          <span className="block text-sm text-slate-600">
            Changes are against {period.previous.label}.
          </span>
        </p>
      </div>
      <DashboardControls
        state={state}
        periodOptions={periodOptions(today, data.firstYear)}
        countries={countryOptions}
        labels={data.labels}
      />
      <section aria-labelledby="key-figures-heading" className="mt-6">
        <h2 id="key-figures-heading" className="sr-only">
          Key figures
        </h2>
        <KpiCards
          current={data.figures.current}
          previous={data.figures.previous}
          previousLabel={period.previous.label}
          followUpsHref={followUpsHref}
        />
      </section>
      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <Section id="meetings-per-period" title={`Meetings held per ${data.unit}`}>
            <MeetingsChart
              state={state}
              periods={data.chart}
              unit={data.unit}
              splitValues={splitValues(state.split)}
            />
          </Section>
        </div>
        <div className="min-w-0">
          <Section id="top-countries" title="Top counterpart countries">
            <RankedList
              label="Top counterpart countries"
              items={data.countries.slice(0, 10).map((t) => ({
                key: t.value,
                label: t.label,
                href: `/countries/${t.value}`,
                count: t.count,
                countHref: meetingsHref(t.filters),
              }))}
              countLabel={(n, label) => `${meetings(n)} with ${label}`}
              empty="No counterpart countries in these meetings."
            />
          </Section>
        </div>
      </div>
      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <Section id="world-map" title="Counterpart countries on the map">
            <CounterpartCountries tallies={data.countries} />
          </Section>
        </div>
        <div className="min-w-0">
          <Section id="top-organizations" title="Top counterpart organizations">
            <RankedList
              label="Top counterpart organizations"
              items={data.organizations.map((t) => ({
                key: t.value,
                label: t.label,
                href: `/organizations/${t.value}`,
                count: t.count,
                countHref: meetingsHref(t.filters),
              }))}
              countLabel={(n, label) => `${meetings(n)} with ${label}`}
              empty="No counterpart organizations in these meetings."
            />
          </Section>
        </div>
      </div>
      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="min-w-0">
          <Section id="topics" title="Topics" aside={`Change against ${period.previous.label}`}>
            <TopicTrends
              trends={data.topics}
              unit={data.unit}
              previousLabel={period.previous.label}
            />
          </Section>
        </div>
        <div className="min-w-0">
          <Section
            id="upcoming"
            title="Upcoming planned meetings"
            aside={
              data.upcoming.total ? (
                <Link href={meetingsHref(data.upcoming.filters)} className="link">
                  All {meetings(data.upcoming.total)} planned
                </Link>
              ) : undefined
            }
          >
            {data.upcoming.meetings.length ? (
              <CompactMeetingList
                meetings={data.upcoming.meetings}
                label="Upcoming planned meetings"
              />
            ) : (
              <p className="text-sm text-slate-600">No planned meetings from today on.</p>
            )}
          </Section>
        </div>
        <div className="min-w-0">
          <FollowUpsSection state={state} data={data} today={today} />
        </div>
      </div>
    </>
  );
}
