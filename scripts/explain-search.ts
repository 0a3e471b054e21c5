/**
 * Prints the EXPLAIN QUERY PLAN of the research workbench's typical queries and times them:
 *   npx tsx scripts/explain-search.ts <db-file> [--runs 20] [--no-time] [--only <name>] [--cache] [--editor]
 * Each case runs `runs` times with varied values (drawn from the database) through the db/
 * functions, and its statements once more directly through better-sqlite3, to separate SQLite's
 * time from the JavaScript around it. The count cache is off unless --cache is given; the
 * in-memory facet index is built first (and its build time printed), as a server builds it on
 * its first facet request. For facets, the SQL shown and timed is the selection of each facet
 * set's ids, which the index then counts. Read-only, with the app's default page cache.
 */
import Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '@/db/client';
import {
  countQuery,
  meetingFacets,
  pageQuery,
  render,
  searchMeetings,
  searchPlan,
} from '@/db/queries/meeting-search';
import { searchCache } from '@/db/queries/search/cache';
import { facetIndexOf } from '@/db/queries/search/memory/store';
import { facetSetQueries } from '@/db/queries/search/facets';
import * as schema from '@/db/schema';
import { emptyFilters, type MeetingFilters } from '@/lib/filters';
import { anonymousViewer, systemViewer } from '@/lib/domain/viewer';

/** `--editor` plans as an editor (every classification); by default as an anonymous reader. */
const viewer = process.argv.includes('--editor') ? systemViewer : anonymousViewer;

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error(
    'usage: npx tsx scripts/explain-search.ts <db-file> [--runs 20] [--no-time] [--only <name>]',
  );
  process.exit(1);
}
const flag = (name: string) => args.indexOf(name);
const runs = flag('--runs') >= 0 ? Number(args[flag('--runs') + 1]) : 20;
const timing = flag('--no-time') < 0;
const only = flag('--only') >= 0 ? args[flag('--only') + 1] : undefined;
// Counts are cached until the database changes; time the queries, not the cache, by default.
searchCache.enabled = flag('--cache') >= 0;

const client = new Database(file, { readonly: true });
const db = drizzle({ client, schema }) as unknown as Db;

/** Values that exist, to vary each run: the i-th run takes the i-th of each list (cycling). */
const pluck = <T>(q: string) => client.prepare(q).pluck().all() as T[];
const values = {
  country: pluck<string>(
    `select country_code from participants where country_code is not null
     group by 1 order by count(*) desc limit 40`,
  ),
  org: pluck<number>('select id from organizations where deleted_at is null order by id'),
  official: pluck<number>('select id from officials order by id'),
  topic: pluck<number>('select id from topics order by id'),
  event: pluck<number>('select id from events order by id'),
  name: pluck<string>(
    `select substr(sort_name, 1, instr(sort_name, ',') - 1) from officials
     where sort_name like '%,%' group by 1 order by count(*) desc, 1 limit 60`,
  ),
  word: ['drug', 'water', 'security', 'energy', 'cooperation', 'summit', 'border', 'trade'],
};
const at = <T>(list: T[], i: number, stride = 7): T => {
  const v = list[(i * stride) % list.length];
  if (v === undefined) throw new Error('the database has no values to filter by');
  return v;
};
/** The demo data spans March 2023 to February 2027. */
const year = (i: number) => 2024 + (i % 3);
const f = (over: Partial<MeetingFilters>): MeetingFilters => ({ ...emptyFilters, ...over });

interface Case {
  name: string;
  filters: (i: number) => MeetingFilters;
  page?: (i: number) => number;
  /** A keyset position to start after, as a cursor would give. */
  cursor?: (i: number) => { date: string; id: number };
  facets?: boolean;
}

const cases: Case[] = [
  { name: 'list, no filter', filters: () => f({}) },
  { name: 'list, country', filters: (i) => f({ country: [at(values.country, i)] }) },
  {
    name: 'list, organization + date range',
    filters: (i) =>
      f({ organization: [at(values.org, i)], from: `${year(i)}-03-01`, to: `${year(i)}-08-31` }),
  },
  {
    name: 'list, topic + text (a name)',
    filters: (i) => f({ topic: [at(values.topic, i)], q: at(values.name, i) }),
  },
  {
    name: 'list, topic + text (a common word)',
    filters: (i) => f({ topic: [at(values.topic, i)], q: at(values.word, i, 3) }),
  },
  { name: 'list, text (a name, by relevance)', filters: (i) => f({ q: at(values.name, i) }) },
  {
    name: 'list, text (a name, by date)',
    filters: (i) => f({ q: at(values.name, i), sort: 'date_desc' }),
  },
  {
    name: 'list, text (a common word, by relevance)',
    filters: (i) => f({ q: at(values.word, i, 3) }),
  },
  {
    name: 'list, five filters',
    filters: (i) =>
      f({
        country: [at(values.country, i)],
        region: ['Europe'],
        format: ['bilateral', 'call'],
        status: ['held'],
        from: `${year(i)}-01-01`,
        to: `${year(i) + 1}-12-31`,
      }),
  },
  { name: 'list, deep page (offset)', filters: () => f({}), page: (i) => 1000 + i * 37 },
  {
    name: 'list, deep page (cursor)',
    filters: () => f({}),
    cursor: (i) => ({ date: `${year(i)}-0${1 + (i % 9)}-15`, id: 500_000 }),
  },
  {
    name: 'list, deep page (country, offset)',
    filters: (i) => f({ country: [at(values.country, i)] }),
    page: () => 100,
  },
  { name: 'facets, no filter', filters: () => f({}), facets: true },
  {
    name: 'facets, country',
    filters: (i) => f({ country: [at(values.country, i)] }),
    facets: true,
  },
  {
    name: 'facets, format + year',
    filters: (i) => f({ format: ['call'], from: `${year(i)}-01-01`, to: `${year(i)}-12-31` }),
    facets: true,
  },
  { name: 'facets, text (a name)', filters: (i) => f({ q: at(values.name, i) }), facets: true },
  {
    name: 'facets, five filters',
    filters: (i) =>
      f({
        country: [at(values.country, i)],
        topic: [at(values.topic, i)],
        format: ['bilateral'],
        status: ['held'],
        from: `${year(i)}-01-01`,
      }),
    facets: true,
  },
];

/** The statements a case runs, named, as SQL and parameters. */
function statementsOf(c: Case, i: number): Array<{ name: string; sql: string; params: unknown[] }> {
  const filters = c.filters(i);
  const named = (name: string, query: SQL) => ({ name, ...render(query) });
  if (c.facets) {
    // The ids of each facet set; the in-memory facet index counts them (memory/store.ts).
    return facetSetQueries(db, viewer, filters).flatMap((s) =>
      s.ids ? [named(`ids counted for ${s.keys.join(', ')}`, s.ids)] : [],
    );
  }
  const plan = searchPlan(db, viewer, filters);
  const total = client
    .prepare(render(countQuery(plan)).sql)
    .pluck()
    .get(...render(countQuery(plan)).params) as number;
  const offset = c.page ? (c.page(i) - 1) * 50 : 0;
  return [
    named('count', countQuery(plan)),
    named('page', pageQuery(db, plan, { limit: 50, offset, after: c.cursor?.(i), total })),
  ];
}

function printPlan(sql: string, params: unknown[]) {
  const rows = client.prepare(`explain query plan ${sql}`).all(...params) as Array<{
    id: number;
    parent: number;
    detail: string;
  }>;
  const depth = new Map<number, number>([[0, 0]]);
  for (const r of rows) {
    const d = (depth.get(r.parent) ?? 0) + 1;
    depth.set(r.id, d);
    console.log(`    ${'  '.repeat(d - 1)}${r.detail}`);
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);

async function main() {
  const t = performance.now();
  facetIndexOf(db);
  console.log(`facet index built in ${(performance.now() - t).toFixed(0)} ms`);
  for (const c of cases) {
    if (only && !c.name.includes(only)) continue;
    console.log(`\n## ${c.name}`);
    for (const s of statementsOf(c, 0)) {
      console.log(`  ${s.name}:`);
      printPlan(s.sql, s.params);
    }
    if (!timing) continue;
    const whole: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < runs; i++) {
      const filters = c.filters(i);
      let t = performance.now();
      if (c.facets) await meetingFacets(db, viewer, filters);
      else {
        const after = c.cursor?.(i);
        const cursor = after
          ? Buffer.from(JSON.stringify({ sort: 'date_desc', ...after, page: 2 })).toString(
              'base64url',
            )
          : undefined;
        await searchMeetings(db, viewer, filters, { page: c.page?.(i), cursor });
      }
      whole.push(performance.now() - t);
      const statements = statementsOf(c, i);
      t = performance.now();
      for (const s of statements) client.prepare(s.sql).all(...s.params);
      direct.push(performance.now() - t);
    }
    console.log(
      `  time over ${runs} runs: function p50 ${ms(pct(whole, 50))}  p95 ${ms(pct(whole, 95))}` +
        `   | SQL alone p50 ${ms(pct(direct, 50))}  p95 ${ms(pct(direct, 95))}`,
    );
  }
}

void main();
