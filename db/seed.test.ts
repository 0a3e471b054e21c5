import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './client';
import { readGoldArticle, readHeadline, SEED_ARTICLE_URL } from './demo/seed-article';
import {
  auditEntries,
  events,
  followUps,
  meetings,
  meetingTopics,
  officials,
  organizations,
  participants,
  positions,
  sources,
  topics,
} from './schema';
import { loadDemoData } from './seed';
import { createTestDb } from './testing';

const gold = readGoldArticle();
let db: Db;

beforeAll(async () => {
  db = createTestDb();
  await loadDemoData(db, { generated: 0, seed: 1 });
});

function orgById(id: number | null) {
  if (id === null) return undefined;
  return db.select().from(organizations).where(eq(organizations.id, id)).get();
}

/** The gold file writes "United Nations Office on Drugs and Crime (UNODC)". */
function orgLabels(org: { name: string; acronym: string | null; aliases: string[] }) {
  return [org.name, org.acronym && `${org.name} (${org.acronym})`, ...org.aliases];
}

describe('the seed article', () => {
  it('holds exactly the gold records: 5 meetings, 5 officials, 1 event', () => {
    expect(db.select().from(meetings).all()).toHaveLength(gold.meetings.length);
    const names = new Set(gold.meetings.flatMap((m) => m.participants.map((p) => p.name)));
    expect(
      db
        .select({ name: officials.displayName })
        .from(officials)
        .all()
        .map((o) => o.name)
        .sort(),
    ).toEqual([...names].sort());
    expect(db.select().from(events).all()).toHaveLength(1);
  });

  it.each(gold.meetings.map((m) => [m.title, m] as const))(
    'logs "%s" as in the gold file',
    (_, g) => {
      const m = db.select().from(meetings).where(eq(meetings.title, g.title)).get();
      expect(m).toBeDefined();
      const [start, end = start] = g.date.split('/');
      expect(m).toMatchObject({
        startDate: start,
        endDate: end,
        datePrecision: g.date_precision,
        city: g.city,
        countryCode: g.country_iso2,
        format: g.format,
        status: 'held',
        outcomes: g.outcomes ? g.outcomes.join('\n') : null,
      });
      expect(m!.summary).toBeTruthy();

      const people = db
        .select()
        .from(participants)
        .innerJoin(officials, eq(officials.id, participants.officialId))
        .where(eq(participants.meetingId, m!.id))
        .orderBy(asc(participants.sortOrder))
        .all();
      expect(people).toHaveLength(g.participants.length);
      people.forEach(({ participants: p, officials: o }, i) => {
        const want = g.participants[i]!;
        expect(o.displayName).toBe(want.name);
        expect(p.title).toBe(want.title);
        expect(p.role).toBe('head');
        expect(p.countryCode).toBe(want.country_iso2);
        expect(orgLabels(orgById(p.organizationId)!)).toContain(want.organization);
      });

      const topicNames = db
        .select({ name: topics.name })
        .from(meetingTopics)
        .innerJoin(topics, eq(topics.id, meetingTopics.topicId))
        .where(eq(meetingTopics.meetingId, m!.id))
        .all()
        .map((t) => t.name);
      expect(topicNames.sort()).toEqual([...g.topics].sort());

      const todo = db
        .select()
        .from(followUps)
        .where(eq(followUps.meetingId, m!.id))
        .orderBy(asc(followUps.sortOrder))
        .all();
      expect(todo.map((f) => f.description)).toEqual(g.follow_ups ?? []);
      expect(todo.every((f) => f.status === 'open')).toBe(true);

      expect(db.select().from(sources).where(eq(sources.meetingId, m!.id)).all()).toEqual([
        expect.objectContaining({
          url: SEED_ARTICLE_URL,
          title: readHeadline(),
          publisher: 'The Astana Times',
        }),
      ]);
    },
  );

  it('gives the AIF invitation a due date in June 2023', () => {
    const aif = db
      .select()
      .from(followUps)
      .where(sql`${followUps.description} like '%Astana International Forum%'`)
      .get();
    expect(aif?.dueDate).toMatch(/^2023-06-/);
  });

  it('puts all five meetings on the sidelines of the CND session, organized by the CND', () => {
    const e = db.select().from(events).get()!;
    expect(e).toMatchObject({
      name: gold.event.name,
      city: gold.event.city,
      countryCode: gold.event.country_iso2,
      startDate: gold.event.start,
      endDate: gold.event.end,
    });
    const organizer = orgById(e.organizerId)!;
    expect(organizer.acronym).toBe('CND');
    expect(orgLabels(organizer)).toContain(gold.event.organizer);
    const ids = db.select({ eventId: meetings.eventId }).from(meetings).all();
    expect(ids.every((m) => m.eventId === e.id)).toBe(true);
  });

  it('places UNODC and the CND under the United Nations', () => {
    const un = db.select().from(organizations).where(eq(organizations.acronym, 'UN')).get()!;
    expect(un.name).toBe('United Nations');
    for (const acronym of ['UNODC', 'CND']) {
      const org = db.select().from(organizations).where(eq(organizations.acronym, acronym)).get();
      expect(org?.parentId).toBe(un.id);
      expect(org?.kind).toBe('international');
      expect(org?.countryCode).toBeNull();
    }
  });

  it('records the ministries with their countries and Umarov’s current position', () => {
    const kz = db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Ministry of Foreign Affairs of Kazakhstan'))
      .get();
    expect(kz).toMatchObject({ kind: 'ministry', countryCode: 'KZ' });
    const at = db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Austrian Foreign Ministry'))
      .get();
    expect(at).toMatchObject({ kind: 'ministry', countryCode: 'AT' });
    const umarov = db
      .select()
      .from(positions)
      .innerJoin(officials, eq(officials.id, positions.officialId))
      .where(eq(officials.displayName, 'Kairat Umarov'))
      .get()!;
    expect(umarov.positions).toMatchObject({
      organizationId: kz!.id,
      title: 'First Deputy Foreign Minister',
      startDate: '2022-01-01',
      endDate: null,
    });
  });

  it('nests topics under natural parents and finds Waly by her short name', () => {
    const parentOf = (name: string) => {
      const t = db.select().from(topics).where(eq(topics.name, name)).get()!;
      return t.parentId
        ? db.select().from(topics).where(eq(topics.id, t.parentId)).get()!.name
        : null;
    };
    expect(parentOf('counter-narcotics')).toBe('Security');
    expect(parentOf('CARICC')).toBe('counter-narcotics');
    expect(parentOf('International Monitoring System')).toBe('nuclear test ban');
    const waly = db
      .select()
      .from(officials)
      .where(eq(officials.displayName, 'Ghada Fathi Waly'))
      .get()!;
    expect(waly.aliases).toContain('Ghada Waly');
    expect(waly.countryCode).toBeNull();
  });

  it('indexes the meetings for search and audits every write', () => {
    const hits = db.all<{ rowid: number }>(
      sql`select rowid from meetings_fts where meetings_fts match 'umarov'`,
    );
    expect(hits).toHaveLength(5);
    const audited = db
      .select({ type: auditEntries.entityType })
      .from(auditEntries)
      .where(eq(auditEntries.action, 'create'))
      .all()
      .map((a) => a.type);
    expect(audited.filter((t) => t === 'meeting')).toHaveLength(5);
    expect(audited).toContain('event');
  });
});
