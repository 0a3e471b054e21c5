/**
 * npm run db:seed: migrates DATABASE_PATH (default ./data/parley.db) and, when it is empty,
 * fills it with the demo data: the seed article and PARLEY_DEMO_MEETINGS generated meetings
 * (default 2000; PARLEY_DEMO_DATA=seed for the seed article only). A database that already
 * holds data is left as it is.
 */
import { isEmpty } from '../db/bootstrap';
import { migrateDatabase, openDatabase } from '../db/client';
import { loadDemoData } from '../db/seed';
import { env } from '../lib/server/env';

async function main(): Promise<void> {
  const file = env.databasePath;
  const db = openDatabase(file);
  migrateDatabase(db);
  if (!isEmpty(db)) {
    process.stdout.write(`${file} is not empty; nothing to do.\n`);
  } else {
    const generated = env.demoData === 'full' ? env.demoMeetings : 0;
    const started = performance.now();
    await loadDemoData(db, { generated, seed: 1 });
    const s = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Filled ${file} with the seed article and ${generated} generated meetings in ${s} s.\n`,
    );
  }
  db.$client.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
