import { meetingInput, type MeetingFormValues } from '@/lib/validation/meeting';
import { officialInput, organizationInput } from '@/lib/validation/entities';
import type { Db } from '../client';
import { events } from '../schema';
import { createMeeting } from '../writes/meetings';
import { createOfficial } from '../writes/officials';
import { createOrganization } from '../writes/organizations';

/**
 * A small world for query tests, made through the write functions: the UN with UNODC under it
 * and the CND under UNODC, the OSCE, Kazakhstan's and Austria's foreign ministries, an
 * official at each, and one event.
 */
export async function makeWorld(db: Db) {
  const org = async (v: Record<string, unknown>) =>
    (await createOrganization(db, organizationInput.parse({ kind: 'international', ...v }))).id;
  const un = await org({ name: 'United Nations', acronym: 'UN' });
  const unodc = await org({
    name: 'United Nations Office on Drugs and Crime',
    acronym: 'UNODC',
    parentId: un,
  });
  const cnd = await org({ name: 'Commission on Narcotic Drugs', acronym: 'CND', parentId: unodc });
  const osce = await org({
    name: 'Organization for Security and Co-operation in Europe',
    acronym: 'OSCE',
  });
  const mfaKz = await org({
    name: 'Ministry of Foreign Affairs of Kazakhstan',
    kind: 'ministry',
    countryCode: 'KZ',
  });
  const mfaAt = await org({
    name: 'Austrian Foreign Ministry',
    kind: 'ministry',
    countryCode: 'AT',
  });
  const person = async (v: Record<string, unknown>) =>
    (await createOfficial(db, officialInput.parse(v))).id;
  const umarov = await person({
    displayName: 'Kairat Umarov',
    countryCode: 'KZ',
    organizationId: mfaKz,
    title: 'First Deputy Foreign Minister',
  });
  const launsky = await person({
    displayName: 'Peter Launsky-Tieffenthal',
    countryCode: 'AT',
    organizationId: mfaAt,
    title: 'Secretary General',
  });
  const waly = await person({
    displayName: 'Ghada Fathi Waly',
    organizationId: unodc,
    title: 'Executive Director',
  });
  const chair = await person({ displayName: 'CND Chair', organizationId: cnd, title: 'Chair' });
  const schmid = await person({
    displayName: 'Helga Schmid',
    organizationId: osce,
    title: 'Secretary General',
  });
  const event = db
    .insert(events)
    .values({
      name: '66th CND session',
      startDate: '2023-03-13',
      endDate: '2023-03-17',
      city: 'Vienna',
      countryCode: 'AT',
      organizerId: cnd,
    })
    .returning({ id: events.id })
    .get().id;
  return {
    org: { un, unodc, cnd, osce, mfaKz, mfaAt },
    people: { umarov, launsky, waly, chair, schmid },
    orgOf: {
      [umarov]: mfaKz,
      [launsky]: mfaAt,
      [waly]: unodc,
      [chair]: cnd,
      [schmid]: osce,
    } as Record<number, number>,
    event,
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/**
 * Logs a meeting between `officials` (each with their organization) on `date`; everything else
 * defaults to a held, public bilateral in Vienna.
 */
export async function addMeeting(
  db: Db,
  world: World,
  officials: number[],
  date: string,
  overrides: Partial<MeetingFormValues> = {},
): Promise<number> {
  const values: MeetingFormValues = {
    title: `Meeting on ${date}`,
    datePrecision: 'day',
    date,
    endDate: '',
    time: '',
    venue: '',
    city: 'Vienna',
    countryCode: 'AT',
    eventId: null,
    format: 'bilateral',
    status: 'held',
    classification: 'public',
    summary: '',
    outcomes: '',
    participants: officials.map((officialId) => ({
      officialId,
      organizationId: world.orgOf[officialId] ?? null,
      role: 'head' as const,
      title: '',
    })),
    topics: [],
    sources: [],
    followUps: [],
    ...overrides,
  };
  return (await createMeeting(db, meetingInput.parse(values))).id;
}
