import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFilters } from '@/lib/filters';
import type { Db } from '../../client';
import { createTestDb } from '../../testing';
import { countMeetings } from '../meeting-search';
import { conditionsOf } from './conditions';
import { facetStatement } from './facet-counts';
import { liveCount, type SetPlan } from './planner';
import { f, makeSearchWorld, type SearchWorld } from './test-world';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
});

/** Every way to reach the set: each condition as the driver, and none. */
function plans(filters: MeetingFilters): SetPlan[] {
  const conditions = conditionsOf(filters, { viewer: everyone });
  return [
    { driver: null, rest: conditions, driverSize: Infinity },
    ...conditions.map((driver) => ({
      driver,
      rest: conditions.filter((c) => c !== driver),
      driverSize: 0,
    })),
  ];
}

describe('planner', () => {
  const states = () => [
    f({ country: ['KZ'], heldIn: ['AT'], from: '2023-03-01', q: 'drugs' }),
    f({ organization: [w.org.un], topic: [w.topic.security], format: ['plenary', 'side_event'] }),
    f({ region: ['Europe'], status: ['planned', 'held'], to: '2023-12-31' }),
    f({ official: [w.people.umarov], event: [w.event], q: 'umarov' }),
  ];

  it('counts the same set whichever condition it starts from', async () => {
    for (const filters of states()) {
      const expected = await countMeetings(db, everyone, filters);
      expect(expected).toBeGreaterThan(0);
      for (const plan of plans(filters)) expect(liveCount(db, plan)).toBe(expected);
    }
  });

  it('counts the same facet values whichever condition it starts from', async () => {
    for (const filters of states()) {
      for (const key of ['country', 'format', 'organization', 'topic'] as const) {
        const results = plans(filters).map((plan) => {
          const s = facetStatement(key, plan);
          const rows = [...db.all<{ value: string; count: number }>(s.all)];
          return JSON.stringify(
            rows.sort((a, b) => String(a.value).localeCompare(String(b.value))),
          );
        });
        expect(new Set(results).size).toBe(1);
      }
    }
  });
});
