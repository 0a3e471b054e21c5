import { topicHref } from '@/components/profile/links';
import { PeriodBars } from '@/components/profile/period-bars';
import { ProfileGrid, TallySection } from '@/components/profile/tally-section';
import { Section } from '@/components/section';
import type { CountryProfile, CountryView } from '@/db/queries/profiles/country-profile';

export interface CountryActivityProps {
  name: string;
  view: CountryView;
  profile: CountryProfile;
}

/** One view's tallies: partner countries or visitors, organizations, topics, cities, per year. */
export function CountryActivity({ name, view, profile }: CountryActivityProps) {
  const represented = view === 'represented';
  const set = represented ? `meetings where ${name} was represented` : `meetings held in ${name}`;
  return (
    <ProfileGrid>
      <TallySection
        id="countries"
        title={represented ? 'Partner countries' : 'Countries represented'}
        aside={represented ? 'Meetings with both' : undefined}
        tallies={profile.countries}
        label={represented ? `Countries ${name} met most` : `Countries at ${set}`}
        hrefOf={(t) => `/countries/${t.value}`}
        context={(t) => (represented ? `of ${name} with ${t.label}` : `in ${name} with ${t.label}`)}
        empty="No other countries recorded."
      />
      <TallySection
        id="organizations"
        title={represented ? 'Organizations met' : 'Organizations represented'}
        aside={represented ? `Not based in ${name}` : undefined}
        tallies={profile.organizations}
        label={`Organizations at ${set}`}
        hrefOf={(t) => `/organizations/${t.value}`}
        context={(t) => `with ${t.label}`}
        empty="No organizations recorded."
      />
      <TallySection
        id="topics"
        title="Topics"
        tallies={profile.topics}
        label={`Topics of ${set}`}
        hrefOf={topicHref}
        context={(t) => `on ${t.label}`}
        empty="No topics recorded."
      />
      <div>
        <Section id="per-year" title="Meetings per year">
          <PeriodBars periods={profile.years} unit="year" label={`${set} per year`} />
        </Section>
      </div>
      {!represented ? (
        <div className="lg:col-span-2">
          <Section id="cities" title="Cities">
            {profile.cities.length ? (
              <ul className="flex flex-wrap gap-2 text-sm">
                {profile.cities.map((c) => (
                  <li
                    key={c.name}
                    className="rounded-full bg-white px-3 py-1 ring-1 ring-slate-200"
                  >
                    {c.name}{' '}
                    <span className="text-slate-600 tabular-nums">
                      ({c.count.toLocaleString('en')})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">No cities recorded.</p>
            )}
            <p className="mt-2 text-xs text-slate-600">
              Cities are as written on each meeting; the research filters select countries, not
              cities.
            </p>
          </Section>
        </div>
      ) : null}
    </ProfileGrid>
  );
}
