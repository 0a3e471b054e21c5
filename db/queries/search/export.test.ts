import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFilters } from '@/lib/filters';
import type { Db } from '../../client';
import { createTestDb } from '../../testing';
import { iterateMeetingsForExport, searchMeetings } from '../meeting-search';
import type { ExportMeeting } from './types';
import { f, makeSearchWorld, type SearchWorld } from './test-world';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
});

async function exported(filters: MeetingFilters, batchSize: number) {
  const batches: ExportMeeting[][] = [];
  for await (const batch of iterateMeetingsForExport(db, everyone, filters, batchSize))
    batches.push(batch);
  return batches;
}

describe('iterateMeetingsForExport', () => {
  it.each([
    ['date_desc', () => f()],
    ['date_asc', () => f({ sort: 'date_asc' })],
    ['relevance', () => f({ q: 'drug' })],
    ['filtered', () => f({ region: ['Central Asia'], to: '2023-03-13' })],
  ])('yields exactly the list, in its order (%s)', async (_, filters) => {
    const list = (await searchMeetings(db, everyone, filters(), { limit: 500 })).items.map(
      (m) => m.id,
    );
    expect(list.length).toBeGreaterThan(1);
    for (const size of [1, 2, 500]) {
      const batches = await exported(filters(), size);
      expect(batches.every((b) => b.length > 0 && b.length <= size)).toBe(true);
      expect(batches.flat().map((m) => m.id)).toEqual(list);
    }
  });

  it('gives each meeting its event, participants, topics, sources and follow-ups', async () => {
    const [cnd] = (await exported(f({ q: 'opening' }), 10)).flat();
    expect(cnd).toMatchObject({
      id: w.m.cnd,
      title: 'Opening of the CND session: statement by Kazakhstan',
      startDate: '2023-03-13',
      format: 'plenary',
      classification: 'public',
      eventId: w.event,
      eventName: '66th CND session',
      topics: [{ id: w.topic.narcotics, name: 'Counter-narcotics' }],
    });
    expect(cnd?.participants).toEqual([
      expect.objectContaining({
        officialName: 'Kairat Umarov',
        organizationName: 'Ministry of Foreign Affairs of Kazakhstan',
        countryCode: 'KZ',
        role: 'head',
      }),
      expect.objectContaining({
        officialName: 'Ghada Fathi Waly',
        organizationAcronym: 'UNODC',
        countryCode: null,
      }),
    ]);
    const [austria] = (await exported(f({ q: 'memorandum' }), 10)).flat();
    expect(austria?.sources).toEqual([
      {
        url: 'https://example.org/a',
        title: 'Press release',
        publisher: 'BMEIA',
        publishedDate: null,
      },
    ]);
    expect(austria?.followUps).toEqual([
      { description: 'Send the draft', owner: 'MFA', dueDate: '2024-02-01', status: 'open' },
    ]);
  });

  it('yields nothing for an empty set, and never a deleted meeting', async () => {
    expect(await exported(f({ country: ['FR'] }), 10)).toEqual([]);
    const all = (await exported(f(), 3)).flat().map((m) => m.id);
    expect(all).not.toContain(w.m.deleted);
    expect(all).toHaveLength(7);
  });
});
