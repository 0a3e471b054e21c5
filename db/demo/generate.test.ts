import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { loadDemoData } from '../seed';
import { createTestDb, indexedWords } from '../testing';
import { reindexMeeting } from '../writes/search-index';
import { dayOf, isoOf, toDay } from './calendar';
import { generateDemoData } from './generate';
import { loadSeedArticle } from './seed-article';

const TODAY = '2026-06-15';
const N = 2000;
const TABLES = [
  'organizations',
  'officials',
  'positions',
  'topics',
  'events',
  'meetings',
  'participants',
  'meeting_topics',
  'sources',
  'follow_ups',
];

type Row = Record<string, unknown>;
const all = (db: Db, sql: string, ...params: unknown[]) =>
  db.$client.prepare(sql).all(...params) as Row[];
const one = (db: Db, sql: string, ...params: unknown[]) =>
  db.$client.prepare(sql).get(...params) as Row;
const count = (db: Db, sql: string) => Number(one(db, sql).n);

let seedRows: Record<string, number>;
let db: Db;

/**
 * Every table's rows plus the search index's text. The seed article is written through the
 * app's write functions, which stamp the real time, so its rows are compared without
 * timestamps; generated rows are compared whole.
 */
function dump(d: Db): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const table of TABLES) {
    out[table] = all(d, `select rowid as _rowid, * from ${table} order by rowid`).map((r) => {
      if (Number(r._rowid) > seedRows[table]!) return r;
      const { created_at: _c, updated_at: _u, ...rest } = r;
      return rest;
    });
  }
  out.fts = all(d, 'select * from meetings_search_text order by id');
  return out;
}

async function demoDb(opts: { generated: number; seed: number; bulk?: boolean }): Promise<Db> {
  const d = createTestDb();
  if (opts.bulk === undefined) {
    await loadDemoData(d, { ...opts, today: TODAY });
  } else {
    await loadSeedArticle(d);
    generateDemoData(d, {
      meetings: opts.generated,
      seed: opts.seed,
      today: TODAY,
      bulk: opts.bulk,
    });
  }
  return d;
}

beforeAll(async () => {
  const seedOnly = await demoDb({ generated: 0, seed: 1 });
  seedRows = Object.fromEntries(
    TABLES.map((t) => [t, count(seedOnly, `select count(*) n from ${t}`)]),
  );
  db = await demoDb({ generated: N, seed: 1 });
});

describe('generateDemoData', () => {
  it('is deterministic for a seed and a today, and differs for another seed', async () => {
    const first = dump(db);
    expect(dump(await demoDb({ generated: N, seed: 1 }))).toEqual(first);
    const other = dump(await demoDb({ generated: N, seed: 2 }));
    expect(other.meetings).not.toEqual(first.meetings);
    expect(other.officials).not.toEqual(first.officials);
  });

  it('writes the same rows in bulk mode (indexes dropped and rebuilt) as row by row', async () => {
    const bulk = await demoDb({ generated: 300, seed: 7, bulk: true });
    const plain = await demoDb({ generated: 300, seed: 7, bulk: false });
    expect(dump(bulk)).toEqual(dump(plain));
    const indexes = (d: Db) =>
      all(d, "select name from sqlite_master where type = 'index' order by name");
    expect(indexes(bulk)).toEqual(indexes(plain));
    expect(bulk.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('honours the requested size at the default scale: ~300 officials, ~60 countries, ~40 IOs', () => {
    expect(count(db, 'select count(*) n from meetings')).toBe(seedRows.meetings! + N);
    const officials = count(db, 'select count(*) n from officials');
    expect(officials).toBeGreaterThanOrEqual(270);
    expect(officials).toBeLessThanOrEqual(340);
    const countries = count(
      db,
      'select count(distinct country_code) n from officials where country_code is not null',
    );
    expect(countries).toBeGreaterThanOrEqual(55);
    expect(countries).toBeLessThanOrEqual(65);
    const ios = count(db, "select count(*) n from organizations where kind = 'international'");
    expect(ios).toBeGreaterThanOrEqual(35);
    expect(ios).toBeLessThanOrEqual(50);
    expect(count(db, 'select count(*) n from events')).toBeGreaterThanOrEqual(20);
  });

  it('reuses the seed article’s organizations, officials and topics instead of doubling them', () => {
    const twice = (table: string, column: string) =>
      all(db, `select ${column} from ${table} group by ${column} having count(*) > 1`);
    expect(twice('organizations', 'name')).toEqual([]);
    expect(twice('officials', 'display_name')).toEqual([]);
    expect(twice('topics', 'slug')).toEqual([]);
    expect(count(db, "select count(*) n from organizations where acronym = 'OSCE'")).toBe(1);
    const umarovMeetings = count(
      db,
      "select count(*) n from participants p join officials o on o.id = p.official_id where o.display_name = 'Kairat Umarov'",
    );
    expect(umarovMeetings).toBeGreaterThan(5);
  });

  it('gives every meeting a participant, and each participant the country it represents', () => {
    expect(
      count(
        db,
        'select count(*) n from meetings m where not exists (select 1 from participants p where p.meeting_id = m.id)',
      ),
    ).toBe(0);
    // DESIGN.md: the organization's country, else the official's.
    const wrong = all(
      db,
      `select p.id from participants p
       left join organizations o on o.id = p.organization_id
       left join officials f on f.id = p.official_id
       where p.country_code is not coalesce(o.country_code, f.country_code)`,
    );
    expect(wrong).toEqual([]);
    // Both halves of the rule occur: members logged without organization, and organizations
    // without a named person (observers).
    expect(
      count(
        db,
        'select count(*) n from participants where organization_id is null and country_code is not null',
      ),
    ).toBeGreaterThan(0);
    expect(
      count(
        db,
        "select count(*) n from participants where official_id is null and role = 'observer'",
      ),
    ).toBeGreaterThan(0);
    expect(all(db, 'pragma foreign_key_check')).toEqual([]);
  });

  it('stores each participant’s title and organization from the position held on the day', () => {
    const rows = all(
      db,
      `select p.title, p.organization_id as orgId, m.start_date as day,
         (select json_group_array(json_object('title', q.title, 'orgId', q.organization_id,
            'start', q.start_date, 'end', q.end_date)) from positions q
          where q.official_id = p.official_id) as positions
       from participants p join meetings m on m.id = p.meeting_id
       where m.id > ? and p.official_id is not null`,
      seedRows.meetings,
    );
    for (const r of rows) {
      const held = (JSON.parse(String(r.positions)) as Row[]).filter(
        (q) =>
          (!q.start || String(q.start) <= String(r.day)) &&
          (!q.end || String(q.end) >= String(r.day)),
      );
      const current = held.at(-1);
      expect(r.title).toBe(current?.title ?? null);
      // A member may be logged without an organization, never with another one.
      if (r.orgId !== null) expect(r.orgId).toBe(current?.orgId);
    }
    // Some officials were promoted during the window, so titles change over time.
    expect(
      count(
        db,
        'select count(*) n from (select official_id from positions group by 1 having count(*) > 1)',
      ),
    ).toBeGreaterThan(5);
  });

  it('dates held meetings in the last three years and planned ones in the coming months', () => {
    const [y, m, d] = TODAY.split('-').map(Number);
    const from = isoOf(dayOf(y! - 3, m!, d!));
    const to = isoOf(toDay(TODAY) + 90);
    const generated = `from meetings where id > ${seedRows.meetings}`;
    expect(
      count(
        db,
        `select count(*) n ${generated} and (start_date < '${from}' or end_date > '${to}')`,
      ),
    ).toBe(0);
    expect(
      count(db, `select count(*) n ${generated} and status = 'held' and end_date > '${TODAY}'`),
    ).toBe(0);
    expect(
      count(
        db,
        `select count(*) n ${generated} and status = 'planned' and start_date <= '${TODAY}'`,
      ),
    ).toBe(0);
    expect(count(db, `select count(*) n ${generated} and status = 'planned'`)).toBeGreaterThan(20);
    expect(count(db, `select count(*) n ${generated} and status = 'cancelled'`)).toBeGreaterThan(0);
    expect(
      count(db, `select count(*) n ${generated} and date_precision = 'month'`),
    ).toBeGreaterThan(0);
    expect(
      count(db, `select count(*) n ${generated} and date_precision = 'range'`),
    ).toBeGreaterThan(0);
  });

  it('puts sideline meetings inside their event’s dates and city', () => {
    const rows = all(
      db,
      `select m.start_date, m.end_date, m.city, e.start_date as es, e.end_date as ee, e.city as ec
       from meetings m join events e on e.id = m.event_id where m.id > ?`,
      seedRows.meetings,
    );
    expect(rows.length).toBeGreaterThan(N * 0.05);
    for (const r of rows) {
      expect(String(r.start_date) >= String(r.es) && String(r.end_date) <= String(r.ee)).toBe(true);
      expect(r.city).toBe(r.ec);
    }
  });

  it('leaves open follow-ups, some overdue, and mostly public meetings', () => {
    const open = (op: string) =>
      count(
        db,
        `select count(*) n from follow_ups where status = 'open' and due_date ${op} '${TODAY}'`,
      );
    expect(open('<')).toBeGreaterThan(0);
    expect(open('>=')).toBeGreaterThan(0);
    expect(count(db, "select count(*) n from follow_ups where status = 'done'")).toBeGreaterThan(0);
    const byClass = Object.fromEntries(
      all(db, 'select classification c, count(*) n from meetings group by 1').map((r) => [
        r.c,
        r.n,
      ]),
    );
    expect(Number(byClass.public)).toBeGreaterThan(N * 0.7);
    expect(Number(byClass.restricted)).toBeGreaterThan(0);
  });

  it('indexes every live meeting for search, as the write path would', () => {
    expect(count(db, 'select count(*) n from meetings_search_text')).toBe(
      count(db, 'select count(*) n from meetings where deleted_at is null'),
    );
    expect(
      count(
        db,
        'select count(*) n from meetings m join meetings_search_text f on f.id = m.id where m.deleted_at is not null',
      ),
    ).toBe(0);
    // The first meetings, and those with a person or an organization missing.
    const sample = all(
      db,
      `select id from meetings where deleted_at is null and id > ? and (id <= ? + 30 or id in
         (select meeting_id from participants where official_id is null or organization_id is null))
       order by id limit 80`,
      seedRows.meetings,
      seedRows.meetings,
    ).map((r) => Number(r.id));
    expect(sample.length).toBeGreaterThan(40);
    const text = (id: number) => one(db, 'select * from meetings_search_text where id = ?', id);
    const written = sample.map(text);
    const indexed = indexedWords(db);
    expect(indexed.size).toBe(count(db, 'select count(*) n from meetings_search_text'));
    for (const id of sample) reindexMeeting(db, id);
    expect(sample.map(text)).toEqual(written);
    // The whole index, word for word: no word of the old rows left behind, none missing.
    expect(indexedWords(db)).toEqual(indexed);
  });
});
