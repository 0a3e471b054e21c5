import { topicHref } from '@/components/profile/links';
import { PeriodBars } from '@/components/profile/period-bars';
import { ProfileGrid, TallySection } from '@/components/profile/tally-section';
import { Section } from '@/components/section';
import type { TopicProfile } from '@/db/queries/profiles/topic-profile';

export interface TopicActivityProps {
  name: string;
  profile: TopicProfile;
}

/** The trend, who discusses the topic most, where from, and what else comes up with it. */
export function TopicActivity({ name, profile }: TopicActivityProps) {
  return (
    <ProfileGrid>
      <div className="lg:col-span-2">
        <Section
          id="trend"
          title={profile.unit === 'month' ? 'Meetings per month' : 'Meetings per year'}
        >
          <PeriodBars
            periods={profile.trend}
            unit={profile.unit}
            label={`Meetings on ${name} per ${profile.unit}`}
          />
        </Section>
      </div>
      <TallySection
        id="officials"
        title="Who discusses it most"
        tallies={profile.officials}
        label={`Officials in meetings on ${name}`}
        hrefOf={(t) => `/officials/${t.value}`}
        context={(t) => `of ${t.label} on ${name}`}
        empty="No officials recorded."
      />
      <TallySection
        id="countries"
        title="Countries"
        tallies={profile.countries}
        label={`Countries represented in meetings on ${name}`}
        hrefOf={(t) => `/countries/${t.value}`}
        context={(t) => `of ${t.label} on ${name}`}
        empty="No countries recorded."
      />
      <TallySection
        id="related"
        title="Raised in the same meetings"
        tallies={profile.related}
        label={`Other topics of meetings on ${name}`}
        hrefOf={topicHref}
        context={(t) => `on ${name} and ${t.label}`}
        empty="No other topics recorded."
      />
    </ProfileGrid>
  );
}
