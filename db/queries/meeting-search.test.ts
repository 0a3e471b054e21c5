import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFilters } from '@/lib/filters';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { countMeetings, meetingFilterWhere, searchMeetings } from './meeting-search';
import { meetings } from '../schema';
import { pageTuning } from './search/list';
import { f, makeSearchWorld, type SearchWorld } from './search/test-world';
import { systemViewer as everyone } from '@/lib/domain/viewer';

let db: Db;
let w: SearchWorld;

beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
});

/**
 * The ids the filters select, in list order (one big page), checked to be the same whether the
 * page walks the date index or starts from the driver's index.
 */
async function ids(filters: MeetingFilters): Promise<number[]> {
  const result = await searchMeetings(db, everyone, filters, { limit: 500 });
  expect(result.total).toBe(result.items.length);
  expect(await countMeetings(db, everyone, filters)).toBe(result.total);
  const walked = result.items.map((m) => m.id);
  pageTuning.scanBudget = 0;
  try {
    const driven = await searchMeetings(db, everyone, filters, { limit: 500 });
    expect(driven.items.map((m) => m.id)).toEqual(walked);
  } finally {
    pageTuning.scanBudget = 20_000;
  }
  return walked;
}

/** The same ids as a sorted set, when only membership matters. */
const set = async (filters: MeetingFilters) => (await ids(filters)).sort((a, b) => a - b);
const sorted = (...xs: number[]) => [...xs].sort((a, b) => a - b);

describe('country (represented by a participant)', () => {
  it('finds meetings where a participant represented the country', async () => {
    const { m } = w;
    expect(await set(f({ country: ['KZ'] }))).toEqual(sorted(m.cnd, m.range, m.call));
    expect(await set(f({ country: ['AT'] }))).toEqual(sorted(m.austria));
  });

  it('counts an official with no organization for the official’s country', async () => {
    expect(await set(f({ country: ['TR'] }))).toEqual([w.m.month]);
    expect(await set(f({ country: ['UZ'] }))).toEqual([w.m.call]);
  });

  it('counts an international organization with no country for no country', async () => {
    const all = await set(f({ country: ['AT', 'KZ', 'SK', 'TR', 'UZ'] }));
    expect(all).not.toContain(w.m.osceOnly);
    expect(all).toEqual(
      sorted(...Object.values(w.m).filter((id) => id !== w.m.osceOnly && id !== w.m.deleted)),
    );
  });

  it('takes several countries as alternatives', async () => {
    expect(await set(f({ country: ['TR', 'UZ'] }))).toEqual(sorted(w.m.month, w.m.call));
  });
});

describe('region', () => {
  it('matches subregions and regions of the country package', async () => {
    const { m } = w;
    expect(await set(f({ region: ['Central Asia'] }))).toEqual(sorted(m.cnd, m.range, m.call));
    expect(await set(f({ region: ['central asia'] }))).toEqual(sorted(m.cnd, m.range, m.call));
    // AT and SK; not the OSCE (no country), not Turkey (Western Asia).
    expect(await set(f({ region: ['Europe'] }))).toEqual(sorted(m.month, m.planned, m.austria));
    expect(await set(f({ region: ['Western Asia'] }))).toEqual([m.month]);
  });

  it('matches nothing for an unknown region', async () => {
    expect(await ids(f({ region: ['Atlantis'] }))).toEqual([]);
  });
});

describe('held in (venue country)', () => {
  it('is the venue’s country, not the participants’', async () => {
    const { m } = w;
    expect(await set(f({ heldIn: ['AT'] }))).toEqual(sorted(m.cnd, m.range, m.osceOnly, m.austria));
    expect(await set(f({ heldIn: ['TR', 'UZ'] }))).toEqual(sorted(m.month, m.call));
  });
});

describe('organization', () => {
  it('includes sub-organizations at any depth', async () => {
    const { m, org } = w;
    expect(await set(f({ organization: [org.un] }))).toEqual(sorted(m.cnd, m.range, m.austria));
    expect(await set(f({ organization: [org.unodc] }))).toEqual(sorted(m.cnd, m.range, m.austria));
    expect(await set(f({ organization: [org.cnd] }))).toEqual([m.range]);
  });

  it('finds an organization that took part without an official', async () => {
    expect(await set(f({ organization: [w.org.osce] }))).toEqual(sorted(w.m.planned, w.m.osceOnly));
  });

  it('takes several organizations as alternatives', async () => {
    const { m, org } = w;
    expect(await set(f({ organization: [org.cnd, org.mfaSk] }))).toEqual(
      sorted(m.range, m.month, m.planned),
    );
  });
});

describe('official, event, format, status', () => {
  it('filters by official', async () => {
    const { m, people } = w;
    expect(await set(f({ official: [people.cavusoglu] }))).toEqual([m.month]);
    expect(await set(f({ official: [people.cavusoglu, people.saidov] }))).toEqual(
      sorted(m.month, m.call),
    );
  });

  it('filters by event, format and status', async () => {
    const { m } = w;
    expect(await set(f({ event: [w.event] }))).toEqual(sorted(m.cnd, m.range));
    expect(await set(f({ format: ['plenary'] }))).toEqual([m.cnd]);
    expect(await set(f({ format: ['plenary', 'side_event'] }))).toEqual(sorted(m.cnd, m.range));
    expect(await set(f({ status: ['planned'] }))).toEqual([m.planned]);
    expect(await set(f({ status: ['planned', 'cancelled'] }))).toEqual(sorted(m.planned, m.call));
  });
});

describe('topic', () => {
  it('includes sub-topics at any depth', async () => {
    const { m, topic } = w;
    expect(await set(f({ topic: [topic.security] }))).toEqual(sorted(m.cnd, m.range, m.month));
    expect(await set(f({ topic: [topic.narcotics] }))).toEqual(sorted(m.cnd, m.range));
    expect(await set(f({ topic: [topic.synthetic] }))).toEqual([m.range]);
  });
});

describe('date range (overlap with the meeting’s span)', () => {
  it('matches a range meeting that straddles either boundary', async () => {
    const { m } = w;
    expect(await ids(f({ from: '2023-03-15', to: '2023-03-15' }))).toContain(m.range);
    expect(await ids(f({ from: '2023-03-15' }))).toContain(m.range);
    expect(await ids(f({ to: '2023-03-13' }))).toContain(m.range);
    expect(await ids(f({ from: '2023-03-18' }))).not.toContain(m.range);
    expect(await ids(f({ to: '2023-03-12' }))).not.toContain(m.range);
  });

  it('treats a month-precision date as the whole month', async () => {
    const { m } = w;
    expect(await ids(f({ to: '2023-03-01' }))).toContain(m.month);
    expect(await ids(f({ from: '2023-03-31' }))).toContain(m.month);
    expect(await ids(f({ from: '2023-04-01' }))).not.toContain(m.month);
    expect(await ids(f({ to: '2023-02-28' }))).not.toContain(m.month);
  });

  it('matches day meetings on the boundary days themselves', async () => {
    const { m } = w;
    expect(await set(f({ from: '2023-03-13', to: '2023-03-13' }))).toEqual(
      sorted(m.cnd, m.range, m.month),
    );
    expect(await set(f({ from: '2023-03-18', to: '2023-04-02' }))).toEqual(
      sorted(m.month, m.planned, m.osceOnly),
    );
  });
});

describe('combining filters', () => {
  it('ANDs different filters', async () => {
    const { m, org } = w;
    expect(await ids(f({ country: ['KZ'], format: ['plenary'] }))).toEqual([m.cnd]);
    expect(await ids(f({ region: ['Central Asia'], organization: [org.cnd] }))).toEqual([m.range]);
    expect(await ids(f({ region: ['Europe'], country: ['KZ'] }))).toEqual([]);
    expect(
      await ids(
        f({
          country: ['KZ'],
          heldIn: ['AT'],
          topic: [w.topic.security],
          event: [w.event],
          from: '2023-03-16',
          q: 'synthetic',
        }),
      ),
    ).toEqual([m.range]);
  });

  it('never returns a deleted meeting', async () => {
    const all = await ids(f());
    expect(all).not.toContain(w.m.deleted);
    expect(all).toHaveLength(7);
    expect(await ids(f({ q: 'deleted' }))).toEqual([]);
  });

  it('gives other queries the same set through meetingFilterWhere', async () => {
    const states = [
      f(),
      f({ country: ['KZ'], from: '2023-03-14' }),
      f({ organization: [w.org.un], topic: [w.topic.security], q: 'drugs' }),
      f({ region: ['Europe'], status: ['planned', 'held'], to: '2023-12-31' }),
    ];
    for (const filters of states) {
      const rows = await db
        .select({ id: meetings.id })
        .from(meetings)
        .where(meetingFilterWhere(everyone, filters));
      expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(await set(filters));
    }
    // Leaving a filter out, as its facet does.
    const rows = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(meetingFilterWhere(everyone, f({ country: ['TR'], format: ['call'] }), 'country'));
    expect(rows.map((r) => r.id)).toEqual([w.m.call]);
  });
});
