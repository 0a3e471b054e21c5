/**
 * npm run db:demo -- --meetings 100000 --seed 1 [--today YYYY-MM-DD] [--out path] [--force]
 *
 * Writes a new demo database: migrated, with the seed article and N generated meetings. For
 * benchmarks; deterministic for a given --meetings, --seed and --today.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../db/client';
import { loadSeedArticle } from '../db/demo/seed-article';
import { generateDemoData } from '../db/demo/generate';

const HELP = `Usage: npm run db:demo -- [options]

Writes a NEW SQLite database with the demo data: the seed article and N generated meetings
over the three years before --today, plus planned ones in the following three months.

  --meetings N       generated meetings (default 2000)
  --seed S           random seed; same seed and --today give identical tables (default 1)
  --today YYYY-MM-DD anchor day (default: the current date)
  --out PATH         database file (default ./data/demo-<meetings>-<seed>.db)
  --force            replace PATH (and its -wal/-shm files) if it exists; without it, an
                     existing file is left alone and the script exits with status 1
  --help             this text
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      meetings: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const meetings = Number(values.meetings);
  const seed = Number(values.seed);
  if (!Number.isInteger(meetings) || meetings < 0 || !Number.isInteger(seed)) {
    process.stderr.write(`--meetings and --seed must be whole numbers.\n\n${HELP}`);
    return 1;
  }
  const out = values.out ?? `./data/demo-${meetings}-${seed}.db`;
  if (fs.existsSync(out)) {
    if (!values.force) {
      process.stderr.write(`${out} exists; pass --force to replace it.\n`);
      return 1;
    }
    for (const file of [out, `${out}-wal`, `${out}-shm`]) fs.rmSync(file, { force: true });
  }

  const started = performance.now();
  const db = openDatabase(out);
  migrateDatabase(db);
  await loadSeedArticle(db);
  let lastReport = 0;
  const result = generateDemoData(db, {
    meetings,
    seed,
    today: values.today,
    onProgress: (done, total) => {
      if (performance.now() - lastReport < 2000 && done < total) return;
      lastReport = performance.now();
      const s = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} meetings, ${s} s\n`,
      );
    },
  });
  const generatedIn = (performance.now() - started) / 1000;
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const count = (table: string) =>
    (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const tables = [
    'meetings',
    'participants',
    'meeting_topics',
    'officials',
    'positions',
    'organizations',
    'topics',
    'events',
    'sources',
    'follow_ups',
    'meetings_search_text',
  ];
  const counts = Object.fromEntries(tables.map((t) => [t, count(t)]));
  db.$client.close();
  const total = (performance.now() - started) / 1000;
  const size = fs.statSync(out).size / 1024 / 1024;
  process.stdout.write(
    `Wrote ${out} (${size.toFixed(0)} MB): ${result.meetings.toLocaleString('en')} generated ` +
      `meetings (seed ${seed}) in ${generatedIn.toFixed(1)} s, ${total.toFixed(1)} s with checkpoint and counts.\n`,
  );
  for (const [table, n] of Object.entries(counts)) {
    process.stdout.write(`  ${table.padEnd(15)} ${n.toLocaleString('en').padStart(12)}\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
