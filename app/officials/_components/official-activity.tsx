import { citiesText, topicHref } from '@/components/profile/links';
import { PeriodBars } from '@/components/profile/period-bars';
import { ProfileGrid, TallySection } from '@/components/profile/tally-section';
import { Section } from '@/components/section';
import type { OfficialProfile } from '@/db/queries/profiles/official-profile';

export interface OfficialActivityProps {
  name: string;
  profile: OfficialProfile;
}

/** Who they met, on what, where and at which events, and how often per year. */
export function OfficialActivity({ name, profile }: OfficialActivityProps) {
  const { network, topics, places, events, years } = profile;
  return (
    <ProfileGrid>
      <TallySection
        id="counterparts"
        title="Top counterparts"
        tallies={network.counterparts}
        label={`Officials ${name} met most`}
        hrefOf={(t) => `/officials/${t.value}`}
        context={(t) => `with ${t.label}`}
        empty="No counterparts recorded."
      />
      <TallySection
        id="topics"
        title="Topics discussed most"
        tallies={topics}
        label={`Topics of ${name}’s meetings`}
        hrefOf={topicHref}
        context={(t) => `on ${t.label}`}
        empty="No topics recorded."
      />
      <TallySection
        id="places"
        title="Countries and cities met in"
        tallies={places}
        label={`Where ${name} met`}
        hrefOf={(t) => `/countries/${t.value}`}
        context={(t) => `held in ${t.label}`}
        detail={(t) => citiesText(t.cities)}
        empty="No venues recorded."
      />
      <TallySection
        id="events"
        title="Events attended"
        tallies={events}
        label={`Events at which ${name} met`}
        hrefOf={(t) => `/events/${t.value}`}
        context={(t) => `at ${t.label}`}
        empty="No meetings on the sidelines of an event."
      />
      <div className="lg:col-span-2">
        <Section id="per-year" title="Meetings per year">
          <PeriodBars periods={years} unit="year" label={`Meetings of ${name} per year`} />
        </Section>
      </div>
    </ProfileGrid>
  );
}
