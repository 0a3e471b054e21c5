import { sql } from 'drizzle-orm';
import type { DemoDataMode } from '@/lib/env';
import { type Db, migrateDatabase, openDatabase } from './client';
import { loadDemoData } from './seed';

/** True when the database holds no meetings, officials or organizations yet. */
export function isEmpty(db: Db): boolean {
  const row = db.get<{ n: number }>(sql`
    select (select count(*) from meetings) + (select count(*) from officials)
      + (select count(*) from organizations) as n`);
  return (row?.n ?? 0) === 0;
}

/**
 * Opens the database, applies pending migrations and, when it is empty, fills it with demo data.
 * Safe to call on every start.
 */
export async function prepareDatabase(
  file: string,
  demo: { mode: DemoDataMode; meetings: number },
): Promise<Db> {
  const db = openDatabase(file);
  migrateDatabase(db);
  if (demo.mode !== 'none' && isEmpty(db)) {
    await loadDemoData(db, { generated: demo.mode === 'full' ? demo.meetings : 0, seed: 1 });
  }
  return db;
}
