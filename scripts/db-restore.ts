/**
 * npm run db:restore FILE: replaces DATABASE_PATH with the backup FILE after checking it
 * (PRAGMA integrity_check, Parley's tables, only migrations this checkout knows). Refuses while
 * a Parley server uses the database: stop it first. The replaced file is kept beside it as
 * <database>.replaced-<time>.
 */
import { restoreDatabase } from '../db/backup';
import { env } from '../lib/server/env';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run db:restore FILE');
  process.exit(1);
}
try {
  const { replaced } = restoreDatabase(file, env.databasePath);
  process.stdout.write(
    `Restored ${env.databasePath} from ${file}.${replaced ? ` The previous file is at ${replaced}.` : ''} Start the server: it applies any newer migrations.\n`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
