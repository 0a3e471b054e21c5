import { topicHref } from '@/components/profile/links';
import { ProfileGrid, TallySection } from '@/components/profile/tally-section';
import type { EventProfile } from '@/db/queries/profiles/event-profile';

export interface EventActivityProps {
  name: string;
  profile: EventProfile;
}

/** Who attended (by meetings on the sidelines), from where, which organizations, on what. */
export function EventActivity({ name, profile }: EventActivityProps) {
  return (
    <ProfileGrid>
      <TallySection
        id="attended"
        title="Who attended"
        aside="By meetings on the sidelines"
        tallies={profile.officials}
        label={`Officials at ${name}`}
        hrefOf={(t) => `/officials/${t.value}`}
        context={(t) => `of ${t.label} at this event`}
        empty="No officials recorded."
      />
      <TallySection
        id="countries"
        title="Countries represented"
        tallies={profile.countries}
        label={`Countries at ${name}`}
        hrefOf={(t) => `/countries/${t.value}`}
        context={(t) => `of ${t.label} at this event`}
        empty="No countries recorded."
      />
      <TallySection
        id="organizations"
        title="Organizations"
        tallies={profile.organizations}
        label={`Organizations at ${name}`}
        hrefOf={(t) => `/organizations/${t.value}`}
        context={(t) => `of ${t.label} at this event`}
        empty="No organizations recorded."
      />
      <TallySection
        id="topics"
        title="Topics"
        tallies={profile.topics}
        label={`Topics at ${name}`}
        hrefOf={topicHref}
        context={(t) => `on ${t.label} at this event`}
        empty="No topics recorded."
      />
    </ProfileGrid>
  );
}
