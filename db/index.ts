import 'server-only';
import { env } from '@/lib/server/env';
import type { Db } from './client';
import { markServerRunning } from './backup';
import { prepareDatabase } from './bootstrap';

export type { Db } from './client';

const globalForDb = globalThis as unknown as { parleyDb?: Promise<Db> };

/**
 * The app's database connection, opened, migrated and (when empty) filled with demo data once
 * per process. Cached on globalThis so that dev hot reloads and the separate server bundles
 * (instrumentation, pages, route handlers) share one connection.
 */
export function getDb(): Promise<Db> {
  if (!globalForDb.parleyDb) markServerRunning(env.databasePath);
  globalForDb.parleyDb ??= prepareDatabase(
    env.databasePath,
    { mode: env.demoData, meetings: env.demoMeetings },
    env.firstAdmin,
  );
  return globalForDb.parleyDb;
}
