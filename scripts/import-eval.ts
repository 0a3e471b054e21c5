/**
 * `npm run import:eval`: runs `extract` over the development and held-out press releases of
 * lib/import/corpus/ and prints, for each set, meeting count exact (articles), participants
 * precision / recall / F1 (by name, diacritics- and case-insensitive), dates, venue, format
 * and event right (gold meetings). `-- --verbose` lists each article's misses. A report: it
 * always exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../lib/import/extract';
import { scoreArticle, type ArticleScore, type GoldFile } from '../lib/import/score';

const corpus = path.join(__dirname, '..', 'lib', 'import', 'corpus');
const verbose = process.argv.includes('--verbose');

function runSet(name: string): void {
  const dir = path.join(corpus, name);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const scores: ArticleScore[] = [];
  const times: number[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const gold = JSON.parse(
      fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as GoldFile;
    const meetings = run(text, gold.published, times, file);
    const score = scoreArticle(gold, meetings);
    scores.push(score);
    if (verbose && score.misses.length) {
      console.log(`  ${file}`);
      for (const miss of score.misses) console.log(`    ${miss}`);
    }
  }
  report(
    name,
    scores,
    times.sort((a, b) => a - b),
  );
}

// Timed on a second run: the first compiles patterns and warms the JIT, once per process.
// A failing article counts as no meetings found, so that the report still prints.
function run(text: string, published: string | null, times: number[], file: string) {
  try {
    extract({ text, published });
    const started = performance.now();
    const { meetings } = extract({ text, published });
    times.push(performance.now() - started);
    return meetings;
  } catch (error) {
    console.log(`  ${file}: extract threw ${String(error)}`);
    return [];
  }
}

function report(name: string, scores: ArticleScore[], times: number[]): void {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const gold = sum((s) => s.goldMeetings);
  const tp = sum((s) => s.tp);
  const precision = tp / Math.max(1, tp + sum((s) => s.fp));
  const recall = tp / Math.max(1, tp + sum((s) => s.fn));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} % (${n}/${d})`;
  console.log(`${name}: ${scores.length} articles, ${gold} gold meetings`);
  console.log(
    `  meeting count exact   ${pct(
      sum((s) => (s.countExact ? 1 : 0)),
      scores.length,
    )}`,
  );
  console.log(
    `  participants          P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
  );
  console.log(
    `  dates right           ${pct(
      sum((s) => s.dates),
      gold,
    )}`,
  );
  console.log(
    `  venue right           ${pct(
      sum((s) => s.venues),
      gold,
    )}`,
  );
  console.log(
    `  format right          ${pct(
      sum((s) => s.formats),
      gold,
    )}`,
  );
  console.log(
    `  event right           ${pct(
      sum((s) => s.events),
      gold,
    )}`,
  );
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
  console.log(
    `  extract time          p95 ${p95.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms`,
  );
}

// The first call compiles the lexicon's patterns and loads chrono: not part of a request.
extract({ text: 'Minister Ana Ruiz met Minister Juan Soto in Lima on Monday.', published: null });
runSet('dev');
runSet('holdout');
