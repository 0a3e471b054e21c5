import { beforeAll, describe, expect, it } from 'vitest';
import { filterKeys, type MeetingFilters } from '@/lib/filters';
import type { Db } from '../../client';
import { createTestDb } from '../../testing';
import { countMeetings, meetingFacets } from '../meeting-search';
import { eq } from 'drizzle-orm';
import { organizations } from '../../schema';
import { facetIndexSettings } from './memory/store';
import { humanize } from './facet-labels';
import { f, makeSearchWorld, type SearchWorld } from './test-world';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
});

/** The filters with one facet set to one value: what clicking that value alone would show. */
function withOnly(filters: MeetingFilters, key: (typeof filterKeys)[number], value: string) {
  const typed = ['organization', 'official', 'topic', 'event'].includes(key)
    ? Number(value)
    : value;
  return { ...filters, [key]: [typed] } as MeetingFilters;
}

describe('meetingFacets', () => {
  const states = (): Array<[string, MeetingFilters]> => [
    ['no filter', f()],
    ['country', f({ country: ['KZ'] })],
    ['two formats', f({ format: ['plenary', 'side_event'] })],
    ['topic and dates', f({ topic: [w.topic.security], from: '2023-03-14' })],
    ['text', f({ q: 'umarov' })],
    ['region and organization', f({ region: ['Europe'], organization: [w.org.un] })],
    ['everything', f({ country: ['KZ'], heldIn: ['AT'], event: [w.event], status: ['held'] })],
  ];

  it('counts, for every value, the total the list shows with that value selected', async () => {
    for (const [, filters] of states()) {
      const facets = await meetingFacets(db, everyone, filters);
      for (const key of filterKeys) {
        for (const v of facets[key]) {
          const total = await countMeetings(db, everyone, withOnly(filters, key, v.value));
          expect({ state: filters, key, value: v.value, count: v.count }).toEqual({
            state: filters,
            key,
            value: v.value,
            count: total,
          });
        }
      }
    }
  });

  it('lists every value with meetings, best first (no filter)', async () => {
    const facets = await meetingFacets(db, everyone, f());
    expect(facets.country.map((v) => [v.value, v.count])).toEqual([
      ['KZ', 3],
      ['SK', 2],
      ['AT', 1],
      ['TR', 1],
      ['UZ', 1],
    ]);
    expect(facets.region.find((v) => v.value === 'Central Asia')?.count).toBe(3);
    expect(facets.region.find((v) => v.value === 'Asia')?.count).toBe(4);
    expect(facets.region.find((v) => v.value === 'Europe')?.count).toBe(3);
    // Organizations count their sub-organizations' meetings, like the filter.
    const org = Object.fromEntries(facets.organization.map((v) => [v.value, v.count]));
    expect(org[w.org.un]).toBe(3);
    expect(org[w.org.unodc]).toBe(3);
    expect(org[w.org.cnd]).toBe(1);
    expect(org[w.org.osce]).toBe(2);
    const topic = Object.fromEntries(facets.topic.map((v) => [v.value, v.count]));
    expect(topic[w.topic.security]).toBe(3);
    expect(topic[w.topic.narcotics]).toBe(2);
    expect(topic[w.topic.synthetic]).toBe(1);
    expect(facets.event).toEqual([
      { value: String(w.event), label: '66th CND session', count: 2, active: false },
    ]);
    expect(facets.format.map((v) => v.label)).toContain('Side event');
    expect(facets.organization.find((v) => v.value === String(w.org.un))?.label).toBe(
      'United Nations (UN)',
    );
    expect(facets.official.find((v) => v.value === String(w.people.cavusoglu))?.label).toBe(
      'Mevlüt Çavuşoğlu',
    );
    expect(facets.country[0]?.label).toBe('Kazakhstan');
  });

  it('counts a facet without its own filter, and the others with theirs', async () => {
    const facets = await meetingFacets(db, everyone, f({ format: ['plenary'] }));
    // Format's own values are alternatives: the other formats keep their counts.
    expect(facets.format.find((v) => v.value === 'side_event')?.count).toBe(1);
    expect(facets.format.find((v) => v.value === 'plenary')).toMatchObject({
      count: 1,
      active: true,
    });
    // Every other facet counts only plenary meetings.
    expect(facets.country.map((v) => v.value)).toEqual(['KZ']);
  });

  it('keeps an active value with no meetings, marked active', async () => {
    const facets = await meetingFacets(
      db,
      everyone,
      f({ country: ['FR'], organization: [w.org.cnd], format: ['plenary'], region: ['Atlantis'] }),
    );
    expect(facets.country).toContainEqual({ value: 'FR', label: 'France', count: 0, active: true });
    expect(facets.region).toContainEqual({
      value: 'Atlantis',
      label: 'Atlantis',
      count: 0,
      active: true,
    });
    expect(facets.organization).toContainEqual({
      value: String(w.org.cnd),
      label: 'Commission on Narcotic Drugs (CND)',
      count: 0,
      active: true,
    });
    expect(facets.format.filter((v) => v.active).map((v) => v.value)).toEqual(['plenary']);
  });

  it('labels formats and statuses in words', () => {
    expect(humanize('side_event')).toBe('Side event');
    expect(humanize('held')).toBe('Held');
  });

  it('counts the same with the in-memory index as in SQL', async () => {
    for (const [, filters] of states()) {
      const fromIndex = await meetingFacets(db, everyone, filters);
      facetIndexSettings.enabled = false;
      try {
        expect(await meetingFacets(db, everyone, filters)).toEqual(fromIndex);
      } finally {
        facetIndexSettings.enabled = true;
      }
    }
  });

  it('follows a change of the organization tree', async () => {
    const count = async () =>
      (await meetingFacets(db, everyone, f())).organization.find(
        (v) => v.value === String(w.org.un),
      )?.count;
    expect(await count()).toBe(3);
    // The OSCE moves under the UN: its two meetings join the UN's.
    db.update(organizations)
      .set({ parentId: w.org.un })
      .where(eq(organizations.id, w.org.osce))
      .run();
    try {
      expect(await count()).toBe(5);
    } finally {
      db.update(organizations)
        .set({ parentId: null })
        .where(eq(organizations.id, w.org.osce))
        .run();
    }
    expect(await count()).toBe(3);
  });
});

describe('facets of a filter that needs all its values', () => {
  it('counts what adding each value would leave', async () => {
    const filters = f({ official: [w.people.umarov, w.people.waly], all: ['official'] });
    const facets = await meetingFacets(db, everyone, filters);
    for (const v of facets.official) {
      const added = { ...filters, official: [...filters.official, Number(v.value)] };
      expect([v.value, v.count]).toEqual([v.value, await countMeetings(db, everyone, added)]);
    }
    expect(facets.official.find((v) => v.value === String(w.people.umarov))?.count).toBe(1);
  });
});
