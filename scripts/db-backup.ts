/**
 * npm run db:backup [FILE]: a consistent copy of DATABASE_PATH (default ./data/parley.db) made
 * with SQLite's online backup API while the server keeps running; FILE defaults to
 * ./data/backups/parley-<UTC time>.db. The copy is checked like a restore would check it.
 */
import path from 'node:path';
import { backupDatabase, checkBackup } from '../db/backup';
import { env } from '../lib/server/env';

async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target =
    process.argv[2] ?? path.join(path.dirname(env.databasePath), 'backups', `parley-${stamp}.db`);
  const started = performance.now();
  const { pages } = await backupDatabase(env.databasePath, target);
  const problem = checkBackup(target);
  if (problem) throw new Error(`The backup was written but does not check out: ${problem}`);
  const s = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Backed up ${env.databasePath} to ${target} (${pages} pages, ${s} s).\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
