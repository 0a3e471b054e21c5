/** npm run db:migrate: applies pending migrations to DATABASE_PATH (default ./data/parley.db). */
import { migrateDatabase, openDatabase } from '../db/client';
import { env } from '../lib/server/env';

const db = openDatabase(env.databasePath);
migrateDatabase(db);
db.$client.close();
process.stdout.write(`Migrated ${env.databasePath}.\n`);
