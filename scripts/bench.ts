/**
 * npm run bench [-- --sizes 10000,100000,1000000 --runs 40 --seed 1 --only text]
 *
 * Builds (once, cached in ./bench-data/) demo databases of each size with the demo generator,
 * starts the production server on each, and prints p50/p95 latency of the research queries
 * through the HTTP API beside the same engine call made directly on better-sqlite3 in this
 * process; the ratio is the app's overhead (HTTP, JSON, React-free route handler). Needs a
 * production build (`npm run build`); builds one if there is none.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Db, migrateDatabase, openDatabase } from '../db/client';
import { generateDemoData } from '../db/demo/generate';
import { loadSeedArticle } from '../db/demo/seed-article';
import { meetingFacets, searchMeetings } from '../db/queries/meeting-search';
import { searchCache } from '../db/queries/search/cache';
import { parseMeetingFilters } from '../lib/filters';
// The API is called without a session: the engine runs as the same anonymous reader.
import { anonymousViewer } from '../lib/domain/viewer';

// The direct column times the queries, not the count cache; the values vary from run to run
// (up to 60 of each, 200 names) so that the server's cache does not answer either.
searchCache.enabled = false;

/**
 * Untimed requests per scenario before the timed ones: a server in use has its code compiled
 * and its pages read; the first requests after start pay for both (up to 3x at 1M meetings).
 */
const WARM_UP = 10;

/** A fixed anchor, so the cached databases stay valid from one day to the next. */
const TODAY = '2026-06-30';

interface Scenario {
  name: string;
  kind: 'list' | 'facets' | 'text';
  /** The query string of the i-th run: values vary so caches do not flatter the figures. */
  query: (i: number) => string;
  page?: number;
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      runs: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      // Only the scenarios whose name contains this text ("text", "facets").
      only: { type: 'string', default: '' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  ensureBuild();
  const results: Array<{ size: number; scenario: Scenario; api: number[]; direct: number[] }> = [];
  for (const size of sizes) {
    const file = await ensureDatabase(size, seed);
    const db = openDatabase(file);
    const scenarios = scenariosFor(db).filter((s) => s.name.includes(values.only));
    const server = await startServer(file);
    try {
      for (const scenario of scenarios) {
        const api: number[] = [];
        const direct: number[] = [];
        for (let i = -WARM_UP; i < runs; i++) {
          // Warm-up runs (not timed) with values of their own: they warm the code paths (the JIT,
          // SQLite's pages), not the caches, which the timed runs' distinct values never hit.
          const query = scenario.query(i < 0 ? runs - 1 - i : i);
          const t0 = performance.now();
          // A fresh connection per request (about 0.2 ms on loopback): at 1M meetings a pooled
          // keep-alive socket was closed under a request now and then ("other side closed").
          const res = await fetch(`${server.url}${endpoint(scenario)}?${query}`, {
            headers: { connection: 'close' },
          });
          if (!res.ok) throw new Error(`${scenario.name}: HTTP ${res.status} for ?${query}`);
          await res.arrayBuffer();
          const t1 = performance.now();
          await runDirect(db, scenario, query);
          const t2 = performance.now();
          if (i >= 0) {
            api.push(t1 - t0);
            direct.push(t2 - t1);
          }
        }
        results.push({ size, scenario, api, direct });
        printRow(size, scenario, api, direct);
      }
    } finally {
      server.process.kill('SIGTERM');
      db.$client.close();
    }
  }
  printTargets(results);
}

function endpoint(s: Scenario): string {
  return s.kind === 'facets' ? '/api/facets' : '/api/meetings';
}

async function runDirect(db: Db, scenario: Scenario, query: string): Promise<void> {
  const parsed = parseMeetingFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad scenario query ${query}: ${JSON.stringify(parsed.errors)}`);
  if (scenario.kind === 'facets') await meetingFacets(db, anonymousViewer, parsed.filters);
  else {
    const page = new URLSearchParams(query).get('page');
    await searchMeetings(db, anonymousViewer, parsed.filters, {
      limit: 50,
      page: page ? Number(page) : undefined,
    });
  }
}

/** Typical research queries, with values drawn from the data so every run finds something. */
function scenariosFor(db: Db): Scenario[] {
  const sqlite = db.$client;
  const column = <T>(sql: string) => (sqlite.prepare(sql).all() as Array<{ v: T }>).map((r) => r.v);
  const countries = column<string>(`select country_code v from participants
    where country_code is not null group by country_code order by count(*) desc limit 60`);
  const orgs = column<number>(`select organization_id v from participants
    where organization_id is not null group by organization_id order by count(*) desc limit 60`);
  const topics = column<number>(`select topic_id v from meeting_topics
    group by topic_id order by count(*) desc limit 60`);
  const names = column<string>(`select display_name v from officials order by id limit 200`)
    .map((n) => n.split(' ').at(-1) ?? n)
    .filter((n) => n.length >= 4);
  const years = ['2024', '2025', '2026'];
  const at = <T>(list: T[], i: number): T => list[i % list.length]!;
  const prefix = (i: number) => at(names, i).slice(0, Math.max(4, at(names, i).length - 2));
  return [
    { name: 'list, no filter', kind: 'list', query: () => '' },
    { name: 'list, country', kind: 'list', query: (i) => `country=${at(countries, i)}` },
    {
      name: 'list, organization + date range',
      kind: 'list',
      query: (i) =>
        `organization=${at(orgs, i)}&from=${at(years, i)}-01-01&to=${at(years, i)}-06-30`,
    },
    {
      name: 'list, topic + text',
      kind: 'text',
      query: (i) => `topic=${at(topics, i)}&q=${encodeURIComponent(at(names, i))}`,
    },
    {
      name: 'list, five filters',
      kind: 'list',
      query: (i) =>
        `country=${at(countries, i)}&organization=${at(orgs, i + 1)}&topic=${at(topics, i)}` +
        `&format=bilateral&from=${at(years, i)}-01-01&to=${at(years, i)}-12-31`,
    },
    {
      name: 'text search (prefix)',
      kind: 'text',
      query: (i) => `q=${encodeURIComponent(prefix(i))}`,
    },
    { name: 'facets, no filter', kind: 'facets', query: () => '' },
    { name: 'facets, country', kind: 'facets', query: (i) => `country=${at(countries, i)}` },
    { name: 'list, deep page (page 200)', kind: 'list', query: () => 'page=200' },
  ];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1).padStart(7);

function printRow(size: number, s: Scenario, api: number[], direct: number[]) {
  const [a50, a95, d50, d95] = [
    percentile(api, 50),
    percentile(api, 95),
    percentile(direct, 50),
    percentile(direct, 95),
  ];
  if (!printRow.header) {
    printRow.header = true;
    console.log(
      `${'meetings'.padStart(9)}  ${'scenario'.padEnd(34)} ${'api p50'.padStart(7)} ${'api p95'.padStart(7)}  ${'sql p50'.padStart(7)} ${'sql p95'.padStart(7)}  ratio (p50)`,
    );
  }
  console.log(
    `${size.toLocaleString('en').padStart(9)}  ${s.name.padEnd(34)} ${fmt(a50)} ${fmt(a95)}  ${fmt(d50)} ${fmt(d95)}  ${(a50 / Math.max(d50, 0.01)).toFixed(1)}×`,
  );
}
printRow.header = false;

/** The issue's targets at the largest size, with the list latency compared to the smallest. */
function printTargets(results: Array<{ size: number; scenario: Scenario; api: number[] }>) {
  const largest = Math.max(...results.map((r) => r.size));
  const smallest = Math.min(...results.map((r) => r.size));
  const worst = (size: number, kind: Scenario['kind']) =>
    Math.max(
      ...results
        .filter((r) => r.size === size && r.scenario.kind === kind)
        .map((r) => percentile(r.api, 95)),
    );
  const checks = [
    ['list p95 ≤ 50 ms', worst(largest, 'list'), 50],
    ['facets p95 ≤ 150 ms', worst(largest, 'facets'), 150],
    ['text search p95 ≤ 50 ms', worst(largest, 'text'), 50],
    [
      `list p95 at ${largest.toLocaleString('en')} ≤ 2× at ${smallest.toLocaleString('en')}`,
      worst(largest, 'list'),
      2 * worst(smallest, 'list'),
    ],
  ] as const;
  console.log(
    `\nTargets at ${largest.toLocaleString('en')} meetings (worst scenario of each kind):`,
  );
  for (const [name, value, limit] of checks) {
    // A kind left out by --only, or a ratio with one size only.
    if (
      !Number.isFinite(value) ||
      !Number.isFinite(limit) ||
      (largest === smallest && name.includes('×'))
    )
      continue;
    console.log(
      `  ${value <= limit ? 'met   ' : 'MISSED'} ${name}: ${value.toFixed(1)} ms (limit ${limit.toFixed(1)} ms)`,
    );
  }
}

function ensureBuild() {
  if (fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) return;
  console.log('No production build: running npm run build…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

async function ensureDatabase(size: number, seed: number): Promise<string> {
  const file = path.resolve('bench-data', `meetings-${size}-seed${seed}-${TODAY}.db`);
  if (fs.existsSync(file)) {
    // A database built before the latest migration: bring it up to date first.
    const db = openDatabase(file);
    const t0 = performance.now();
    migrateDatabase(db);
    const ms = performance.now() - t0;
    if (ms > 1000)
      console.log(`  migrated ${path.relative('.', file)} in ${(ms / 1000).toFixed(1)} s`);
    db.$client.close();
    return file;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  console.log(`Building ${size.toLocaleString('en')} meetings into ${path.relative('.', file)}…`);
  const t0 = performance.now();
  const db = openDatabase(partial);
  migrateDatabase(db);
  await loadSeedArticle(db);
  generateDemoData(db, { meetings: size, seed, today: TODAY });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  fs.renameSync(partial, file);
  console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

async function startServer(file: string): Promise<{ url: string; process: ChildProcess }> {
  const port = 31000 + Math.floor(Math.random() * 2000);
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_PATH: file,
        PARLEY_DEMO_DATA: 'none',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  child.on('exit', (code, signal) => {
    if (code || signal) console.error(`the server stopped: ${signal ?? `exit code ${code}`}`);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/api/meetings?limit=1`)).ok) {
        // The first requests build the search's in-memory index (seconds at 1M meetings), which
        // blocks the server long enough for it to drop idle keep-alive sockets under the next
        // request: warm it, then let those sockets close before timing anything.
        await (await fetch(`${url}/api/facets`)).arrayBuffer();
        await new Promise((r) => setTimeout(r, 6000));
        return { url, process: child };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('the server did not start within 60 s');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
