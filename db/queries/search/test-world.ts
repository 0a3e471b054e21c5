import { eq } from 'drizzle-orm';
import { emptyFilters, type MeetingFilters } from '@/lib/filters';
import { officialInput, organizationInput } from '@/lib/validation/entities';
import type { Db } from '../../client';
import { topics } from '../../schema';
import { systemActor } from '../../writes/audit';
import { deleteMeeting } from '../../writes/meetings';
import { createOfficial } from '../../writes/officials';
import { createOrganization } from '../../writes/organizations';
import { findOrCreateTopic } from '../../writes/topics';
import { addMeeting, makeWorld } from '../test-data';

/**
 * The search tests' world: test-data's (UN > UNODC > CND, OSCE, the Kazakh and Austrian
 * ministries, their officials, the 66th CND session) plus the edge cases of issue 3:
 * - Çavuşoğlu (TR) and Saidov (UZ) with no organization: they represent their own country;
 * - Lajčák at the Slovak ministry (SK, Europe);
 * - the OSCE, international and without a country, as a participant on its own;
 * - topics Security > Counter-narcotics > Synthetic drugs;
 * - a range meeting (13–17 March 2023), a month-precision one (March 2023), and a deleted one.
 */
export async function makeSearchWorld(db: Db) {
  const world = await makeWorld(db);
  const { umarov, launsky, waly, chair, schmid } = world.people;
  const mfaSk = (
    await createOrganization(
      db,
      organizationInput.parse({
        name: 'Ministry of Foreign and European Affairs of Slovakia',
        kind: 'ministry',
        countryCode: 'SK',
      }),
    )
  ).id;
  const person = async (v: Record<string, unknown>) =>
    (await createOfficial(db, officialInput.parse(v))).id;
  const cavusoglu = await person({ displayName: 'Mevlüt Çavuşoğlu', countryCode: 'TR' });
  const saidov = await person({ displayName: 'Bakhtiyor Saidov', countryCode: 'UZ' });
  const lajcak = await person({
    displayName: 'Miroslav Lajčák',
    countryCode: 'SK',
    organizationId: mfaSk,
    title: 'Minister',
  });
  world.orgOf[lajcak] = mfaSk;

  const topic = (name: string, parentId: number | null = null) =>
    findOrCreateTopic(db, { name, parentId: null, description: null }, systemActor) &&
    setParent(db, name, parentId);
  const security = topic('Security');
  const narcotics = topic('Counter-narcotics', security);
  const synthetic = topic('Synthetic drugs', narcotics);
  const ref = (id: number) => ({ id, name: 'x' });

  const m = {
    cnd: await addMeeting(db, world, [umarov, waly], '2023-03-13', {
      title: 'Opening of the CND session: statement by Kazakhstan',
      summary: 'Kazakhstan on drug control in Central Asia.',
      eventId: world.event,
      format: 'plenary',
      topics: [ref(narcotics)],
    }),
    range: await addMeeting(db, world, [umarov, chair], '2023-03-13', {
      title: 'Side event on synthetic drugs',
      datePrecision: 'range',
      endDate: '2023-03-17',
      eventId: world.event,
      format: 'side_event',
      topics: [ref(synthetic)],
    }),
    month: await addMeeting(db, world, [cavusoglu, lajcak], '2023-03', {
      title: 'Çavuşoğlu – Lajčák',
      datePrecision: 'month',
      countryCode: 'TR',
      city: 'Ankara',
      topics: [ref(security)],
    }),
    planned: await addMeeting(db, world, [lajcak, schmid], '2023-04-02', {
      title: 'Lajčák – Schmid (OSCE)',
      countryCode: 'SK',
      city: 'Bratislava',
      format: 'video',
      status: 'planned',
    }),
    call: await addMeeting(db, world, [saidov, umarov], '2022-12-01', {
      title: 'Phone call: Saidov – Umarov',
      countryCode: 'UZ',
      city: 'Tashkent',
      format: 'call',
      status: 'cancelled',
    }),
    osceOnly: await addMeeting(db, world, [], '2023-03-18', {
      title: 'OSCE briefing',
      format: 'multilateral',
      participants: [{ officialId: null, organizationId: world.org.osce, role: 'host', title: '' }],
    }),
    austria: await addMeeting(db, world, [launsky, waly], '2024-01-10', {
      title: 'Austria–UNODC consultations',
      outcomes: 'A memorandum on drug prevention was signed.',
      sources: [{ url: 'https://example.org/a', title: 'Press release', publisher: 'BMEIA' }],
      followUps: [{ description: 'Send the draft', owner: 'MFA', dueDate: '2024-02-01' }],
    }),
    deleted: await addMeeting(db, world, [umarov, launsky], '2023-03-14', {
      title: 'Deleted meeting about synthetic drugs',
      format: 'plenary',
      eventId: world.event,
      topics: [ref(synthetic)],
    }),
  };
  await deleteMeeting(db, m.deleted);
  return {
    ...world,
    people: { ...world.people, cavusoglu, saidov, lajcak },
    org: { ...world.org, mfaSk },
    topic: { security, narcotics, synthetic },
    m,
  };
}

export type SearchWorld = Awaited<ReturnType<typeof makeSearchWorld>>;

function setParent(db: Db, name: string, parentId: number | null): number {
  const row = db.update(topics).set({ parentId }).where(eq(topics.name, name)).returning().get();
  if (!row) throw new Error(`no topic ${name}`);
  return row.id;
}

/** A filter state: emptyFilters with these set. */
export const f = (over: Partial<MeetingFilters> = {}): MeetingFilters => ({
  ...emptyFilters,
  ...over,
});
