import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  eventInput,
  officialInput,
  organizationInput,
  topicInput,
} from '@/lib/validation/entities';
import type { Db } from '../client';
import { searchOfficials } from '../queries/officials';
import { searchOrganizations } from '../queries/organizations';
import { searchTopics } from '../queries/topics';
import { auditEntries, events, officials, organizations, positions, topics } from '../schema';
import { createTestDb } from '../testing';
import { createEvent } from './events';
import { createOfficial } from './officials';
import { createOrganization } from './organizations';
import { createTopic, findOrCreateTopic } from './topics';
import { systemActor } from './audit';

let db: Db;
beforeEach(() => {
  db = createTestDb();
});

const org = (v: Record<string, unknown>) => organizationInput.parse({ kind: 'ministry', ...v });
const official = (v: Record<string, unknown>) => officialInput.parse(v);

describe('createOrganization', () => {
  it('stores an organization findable by name, acronym and alias, accents ignored', async () => {
    const { id } = await createOrganization(
      db,
      org({
        name: 'Organization for Security and Co-operation in Europe',
        acronym: 'OSCE',
        kind: 'international',
        aliases: ['Organisation pour la sécurité et la coopération en Europe'],
      }),
    );
    for (const q of ['OSCE', 'security co-operation', 'securite', 'osc']) {
      expect((await searchOrganizations(db, q)).map((o) => o.id)).toEqual([id]);
    }
    expect(await searchOrganizations(db, 'nato')).toEqual([]);
    const audit = db.select().from(auditEntries).where(eq(auditEntries.entityId, id)).all();
    expect(audit).toMatchObject([{ action: 'create', entityType: 'organization' }]);
  });

  it('keeps no country for an international organization', async () => {
    const { id } = await createOrganization(
      db,
      org({ name: 'UNODC', kind: 'international', countryCode: 'AT' }),
    );
    expect(
      db.select().from(organizations).where(eq(organizations.id, id)).get()!.countryCode,
    ).toBeNull();
  });

  it('rejects an unknown country and a missing parent as field errors', async () => {
    await expect(
      createOrganization(db, org({ name: 'X', countryCode: 'QQ', parentId: 42 })),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { countryCode: expect.any(String), parentId: expect.any(String) },
    });
    expect(db.select().from(organizations).all()).toEqual([]);
  });

  it('requires a name', () => {
    const r = organizationInput.safeParse({ name: '  ', kind: 'ministry' });
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['name']);
  });
});

describe('createOfficial', () => {
  it('creates the official, a new organization and the position in one go', async () => {
    const { id, organizationId } = await createOfficial(
      db,
      official({
        displayName: 'Helga Schmid',
        newOrganization: {
          name: 'Organization for Security and Co-operation in Europe',
          acronym: 'OSCE',
          kind: 'international',
        },
        title: 'Secretary General',
      }),
    );
    expect(organizationId).not.toBeNull();
    const pos = db.select().from(positions).where(eq(positions.officialId, id)).all();
    expect(pos).toMatchObject([{ organizationId, title: 'Secretary General' }]);
    const [hit] = await searchOfficials(db, 'schmid', { onDate: '2023-03-13' });
    expect(hit).toMatchObject({ id, title: 'Secretary General', organizationAcronym: 'OSCE' });
  });

  it('is found by an alias and without accents, with the title current on a date', async () => {
    const mfa = await createOrganization(
      db,
      org({ name: 'Ministry of Foreign Affairs of Türkiye', countryCode: 'TR' }),
    );
    const { id } = await createOfficial(
      db,
      official({
        displayName: 'Mevlüt Çavuşoğlu',
        aliases: ['Mevlut Cavusoglu'],
        countryCode: 'TR',
        organizationId: mfa.id,
        title: 'Minister of Foreign Affairs',
        positionStart: '2015-11-24',
      }),
    );
    db.update(positions).set({ endDate: '2023-06-03' }).where(eq(positions.officialId, id)).run();
    db.insert(positions)
      .values({
        officialId: id,
        organizationId: null,
        title: 'Member of Parliament',
        startDate: '2023-06-04',
      })
      .run();
    expect((await searchOfficials(db, 'cavusoglu', { onDate: '2020-01-01' }))[0]).toMatchObject({
      id,
      title: 'Minister of Foreign Affairs',
      organizationCountryCode: 'TR',
    });
    expect((await searchOfficials(db, 'Çavuş', { onDate: '2024-01-01' }))[0]!.title).toBe(
      'Member of Parliament',
    );
    expect(db.select().from(officials).where(eq(officials.id, id)).get()!.sortName).toBe(
      'Çavuşoğlu, Mevlüt',
    );
  });

  it('writes nothing when the new organization is invalid', async () => {
    await expect(
      createOfficial(
        db,
        official({
          displayName: 'A B',
          newOrganization: { name: 'Z', kind: 'ministry', countryCode: 'QQ' },
        }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { 'newOrganization.countryCode': expect.any(String) } });
    expect(db.select().from(officials).all()).toEqual([]);
    expect(db.select().from(organizations).all()).toEqual([]);
  });
});

describe('topics', () => {
  it('creates a topic with a slug and refuses a second of the same name', async () => {
    const { slug } = await createTopic(
      db,
      topicInput.parse({ name: 'Kazakhstan–OSCE cooperation' }),
    );
    expect(slug).toBe('kazakhstan-osce-cooperation');
    await expect(
      createTopic(db, topicInput.parse({ name: 'kazakhstan-OSCE Cooperation' })),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { name: expect.any(String) },
    });
    expect((await searchTopics(db, 'osce')).map((t) => t.slug)).toEqual([slug]);
  });

  it('findOrCreateTopic reuses a topic by name and keeps slugs unique', async () => {
    const a = findOrCreateTopic(
      db,
      { name: 'Counter-narcotics', parentId: null, description: null },
      systemActor,
    );
    const b = findOrCreateTopic(
      db,
      { name: 'counter narcotics', parentId: null, description: null },
      systemActor,
    );
    expect(b).toBe(a);
    expect(db.select().from(topics).all()).toHaveLength(1);
  });
});

describe('createEvent', () => {
  it('creates an event with its organizer and audit entry', async () => {
    const cnd = await createOrganization(
      db,
      org({ name: 'Commission on Narcotic Drugs', kind: 'international' }),
    );
    const { id } = await createEvent(
      db,
      eventInput.parse({
        name: '66th CND session',
        startDate: '2023-03-13',
        endDate: '2023-03-17',
        city: 'Vienna',
        countryCode: 'AT',
        organizerId: cnd.id,
      }),
    );
    expect(db.select().from(events).where(eq(events.id, id)).get()).toMatchObject({
      organizerId: cnd.id,
      city: 'Vienna',
    });
    expect(
      db.select().from(auditEntries).where(eq(auditEntries.entityType, 'event')).all(),
    ).toHaveLength(1);
  });

  it('rejects a last day before the first, and an unknown organizer', async () => {
    const r = eventInput.safeParse({ name: 'X', startDate: '2023-03-17', endDate: '2023-03-13' });
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['endDate']);
    await expect(
      createEvent(
        db,
        eventInput.parse({
          name: 'X',
          startDate: '2023-03-13',
          endDate: '2023-03-13',
          organizerId: 99,
        }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { organizerId: expect.any(String) } });
    expect(db.select().from(events).all()).toEqual([]);
  });
});
