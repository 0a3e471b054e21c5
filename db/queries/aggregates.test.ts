import { eq } from 'drizzle-orm';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFilters } from '@/lib/filters';
import type { Db } from '../client';
import { officials } from '../schema';
import { createTestDb } from '../testing';
import { filtersWithValue, tallyMeetings, type Tally, type TallyBy } from './aggregates';
import { countMeetings } from './meeting-search';
import { facetIndexSettings } from './search/memory/store';
import { f, makeSearchWorld, type SearchWorld } from './search/test-world';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
});

const brief = (tallies: Tally[]) => tallies.map((t) => [t.label, t.count]);

// Both ways of counting: the in-memory facet index, and SQL (what a transaction gets).
describe.each([
  ['with the facet index', true],
  ['in SQL', false],
])('tallyMeetings %s', (_, indexed) => {
  beforeAll(() => {
    facetIndexSettings.enabled = indexed;
  });
  afterAll(() => {
    facetIndexSettings.enabled = true;
  });

  describe('known answers on the search world', () => {
    it('gives an official’s counterparts, most first then by name, with "met together" filters', async () => {
      const { umarov, waly, chair, saidov } = w.people;
      const tallies = await tallyMeetings(db, everyone, f({ official: [umarov] }), 'official', {
        exclude: [umarov],
      });
      // The deleted Umarov–Launsky meeting does not count; the cancelled call does.
      expect(brief(tallies)).toEqual([
        ['Bakhtiyor Saidov', 1],
        ['CND Chair', 1],
        ['Ghada Fathi Waly', 1],
      ]);
      expect(tallies.map((t) => t.value)).toEqual([String(saidov), String(chair), String(waly)]);
      expect(tallies[2]!.filters).toEqual(f({ official: [umarov, waly], all: ['official'] }));
    });

    it('counts topics with their parents, as the topic filter selects sub-topics', async () => {
      const tallies = await tallyMeetings(
        db,
        everyone,
        f({ official: [w.people.umarov] }),
        'topic',
      );
      expect(brief(tallies)).toEqual([
        ['Counter-narcotics', 2],
        ['Security', 2],
        ['Synthetic drugs', 1],
      ]);
      expect(tallies[0]!.filters).toEqual(
        f({ official: [w.people.umarov], topic: [w.topic.narcotics] }),
      );
    });

    it('counts the places met in (venue country) and the countries represented', async () => {
      const held = await tallyMeetings(db, everyone, f({ official: [w.people.umarov] }), 'heldIn');
      expect(brief(held)).toEqual([
        ['Austria', 2],
        ['Uzbekistan', 1],
      ]);
      expect(held.map((t) => t.value)).toEqual(['AT', 'UZ']);
      // Waly, the CND Chair and Schmid serve international organizations: no country.
      expect(brief(await tallyMeetings(db, everyone, f(), 'country'))).toEqual([
        ['Kazakhstan', 3],
        ['Slovakia', 2],
        ['Austria', 1],
        ['Türkiye', 1],
        ['Uzbekistan', 1],
      ]);
    });

    it('gives a country’s partner countries in all-mode, leaving the country out', async () => {
      const tallies = await tallyMeetings(db, everyone, f({ country: ['SK'] }), 'country', {
        exclude: ['SK'],
      });
      expect(brief(tallies)).toEqual([['Türkiye', 1]]);
      expect(tallies[0]!.filters).toEqual(f({ country: ['SK', 'TR'], all: ['country'] }));
    });

    it('counts an organization for the meetings of its sub-organizations', async () => {
      const tallies = await tallyMeetings(db, everyone, f(), 'organization');
      const counts = Object.fromEntries(tallies.map((t) => [t.label, t.count]));
      expect(counts).toEqual({
        UN: 3, // UNODC's two (Waly) and the CND's one (the Chair)
        UNODC: 3,
        CND: 1,
        OSCE: 2,
        'Ministry of Foreign Affairs of Kazakhstan': 3,
        'Ministry of Foreign and European Affairs of Slovakia': 2,
        'Austrian Foreign Ministry': 1,
      });
    });

    it('counts meetings per event', async () => {
      expect(brief(await tallyMeetings(db, everyone, f(), 'event'))).toEqual([
        ['66th CND session', 2],
      ]);
    });

    it('limits after ordering and leaves out excluded values', async () => {
      const top = await tallyMeetings(db, everyone, f(), 'country', { limit: 2, exclude: ['KZ'] });
      expect(brief(top)).toEqual([
        ['Slovakia', 2],
        ['Austria', 1],
      ]);
      expect(await tallyMeetings(db, everyone, f(), 'country', { limit: 0 })).toEqual([]);
    });

    it('reads several alternative values of the tallied filter as all-mode', async () => {
      const { umarov, waly, chair } = w.people;
      // Umarov or Waly would be five meetings; Umarov and Waly together is one (the CND opening).
      const tallies = await tallyMeetings(
        db,
        everyone,
        f({ official: [umarov, waly] }),
        'official',
      );
      expect(brief(tallies)).toEqual([
        ['Ghada Fathi Waly', 1],
        ['Kairat Umarov', 1],
      ]);
      expect(tallies.every((t) => t.filters.all.includes('official'))).toBe(true);
      expect(tallies.some((t) => t.value === String(chair))).toBe(false);
    });

    it('leaves deleted entities out', async () => {
      const other = createTestDb();
      const world = await makeSearchWorld(other);
      other
        .update(officials)
        .set({ deletedAt: 1 })
        .where(eq(officials.id, world.people.chair))
        .run();
      const tallies = await tallyMeetings(other, everyone, f(), 'official');
      expect(tallies.map((t) => t.value)).not.toContain(String(world.people.chair));
      expect(tallies.length).toBeGreaterThan(0);
    });
  });
});

describe('filtersWithValue', () => {
  it('adds a value, with `all` only when the filter already had one', () => {
    expect(filtersWithValue(f(), 'topic', '7')).toEqual(f({ topic: [7] }));
    expect(filtersWithValue(f({ heldIn: ['AT'] }), 'heldIn', 'AT')).toEqual(f({ heldIn: ['AT'] }));
    expect(filtersWithValue(f({ country: ['KZ'] }), 'country', 'AT')).toEqual(
      f({ country: ['KZ', 'AT'], all: ['country'] }),
    );
  });
});

describe.each([
  ['with the facet index', true],
  ['in SQL', false],
])('every tally counts exactly the meetings its filters select (%s)', (_, indexed) => {
  beforeAll(() => {
    facetIndexSettings.enabled = indexed;
  });
  afterAll(() => {
    facetIndexSettings.enabled = true;
  });

  const bys: TallyBy[] = ['country', 'heldIn', 'organization', 'official', 'topic', 'event'];
  const sets = (): Array<[string, MeetingFilters]> => [
    ['everything', f()],
    ['an official', f({ official: [w.people.umarov] })],
    ['a country', f({ country: ['KZ'] })],
    ['an organization tree', f({ organization: [w.org.un] })],
    ['a topic tree', f({ topic: [w.topic.security] })],
    ['an event', f({ event: [w.event] })],
    ['held in', f({ heldIn: ['AT'] })],
    ['a date range', f({ from: '2023-03-15', to: '2023-12-31' })],
    ['alternatives', f({ official: [w.people.umarov, w.people.lajcak] })],
    ['alternative countries', f({ country: ['KZ', 'SK', 'TR'] })],
    ['text', f({ q: 'drugs' })],
  ];

  it.each(bys)('by %s', async (by) => {
    let checked = 0;
    for (const [name, filters] of sets()) {
      for (const t of await tallyMeetings(db, everyone, filters, by)) {
        expect(t.count, `${name}: ${by} ${t.label}`).toBe(
          await countMeetings(db, everyone, t.filters),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
