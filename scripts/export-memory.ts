/**
 * npm run export:memory -- [--db /tmp/m100k.db] [--file meetings.csv] [--query 'country=KZ']
 *                          [--buffer]
 *
 * Shows that exports stream: runs an export of a 100,000-meeting database through the same
 * lib/export code as /api/exports (the engine's batches → the format's chunks → a byte stream)
 * into /dev/null, and prints the rows, bytes, time and peak RSS. The database is built with
 * `npm run db:demo` first if it does not exist. --buffer holds the whole output in memory
 * instead, for comparison.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client';
import { popoloLookup } from '../db/queries/api/popolo';
import { iterateMeetingsForExport } from '../db/queries/meeting-search';
import { EXPORT_BATCH, exportChunks, isExportFile } from '../lib/export/formats';
import { readableFrom } from '../lib/export/stream';
import { parseMeetingFilters } from '../lib/filters';
import { systemViewer } from '../lib/domain/viewer';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: '/tmp/m100k.db' },
      file: { type: 'string', default: 'meetings.csv' },
      query: { type: 'string', default: '' },
      buffer: { type: 'boolean', default: false },
    },
  });
  const file = values.file;
  if (!isExportFile(file)) {
    process.stderr.write(`--file must be an export file name, e.g. meetings.csv\n`);
    return 1;
  }
  const filters = parseMeetingFilters(new URLSearchParams(values.query));
  if (!filters.ok) {
    process.stderr.write(`Bad --query: ${JSON.stringify(filters.errors)}\n`);
    return 1;
  }
  if (!fs.existsSync(values.db)) {
    process.stdout.write(`Building ${values.db} (100,000 meetings)…\n`);
    const built = spawnSync(
      'npm',
      ['run', 'db:demo', '--', '--meetings', '100000', '--seed', '1', '--out', values.db],
      { stdio: 'inherit' },
    );
    if (built.status !== 0) return built.status ?? 1;
  }

  const db = openDatabase(values.db);
  const count = db.$client.prepare('select count(*) as n from meetings where deleted_at is null');
  const { n } = count.get() as { n: number };
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);

  const started = performance.now();
  const chunks = exportChunks(
    file,
    {
      batches: iterateMeetingsForExport(db, systemViewer, filters.filters, EXPORT_BATCH),
      popolo: popoloLookup(db),
    },
    { baseUrl: 'http://127.0.0.1:3000', now: new Date() },
  );
  const reader = readableFrom(chunks).getReader();
  const held: Uint8Array[] = [];
  const out = values.buffer ? null : fs.openSync('/dev/null', 'w');
  let bytes = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (out !== null) fs.writeSync(out, value);
    else held.push(value);
  }
  if (out !== null) fs.closeSync(out);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  process.stdout.write(
    [
      `${file} of ${n.toLocaleString('en')} live meetings${values.query ? ` (${values.query})` : ''}` +
        `${values.buffer ? ', held in memory' : ', streamed to /dev/null'}`,
      `  output      ${mb(bytes)}`,
      `  time        ${seconds.toFixed(1)} s`,
      `  RSS before  ${mb(baseline)}`,
      `  peak RSS    ${mb(peak)} (sampled every 20 ms; +${mb(peak - baseline)})`,
      `  max RSS     ${mb(process.resourceUsage().maxRSS * 1024)} (kernel's high-water mark)`,
      '',
    ].join('\n'),
  );
  db.$client.close();
  return held.length >= 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
