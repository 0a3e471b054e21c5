import { sql } from 'drizzle-orm';
import type { DemoDataMode } from '@/lib/server/env';
import { type Db, migrateDatabase, openDatabase } from './client';
import { hasNoUsers } from './queries/users';
import { loadDemoData } from './seed';
import { createFirstAdmin } from './writes/users';

/** True when the database holds no meetings, officials or organizations yet. */
export function isEmpty(db: Db): boolean {
  const row = db.get<{ n: number }>(sql`
    select (select count(*) from meetings) + (select count(*) from officials)
      + (select count(*) from organizations) as n`);
  return (row?.n ?? 0) === 0;
}

/** The first administrator's account, from PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD. */
export interface FirstAdmin {
  email: string;
  password: string;
  name?: string;
}

/**
 * Opens the database, applies pending migrations, creates the first administrator from the
 * environment when there is no account yet, and, when the database is empty, fills it with
 * demo data (with the demo accounts). Safe to call on every start.
 */
export async function prepareDatabase(
  file: string,
  demo: { mode: DemoDataMode; meetings: number },
  admin: FirstAdmin | null = null,
): Promise<Db> {
  const db = openDatabase(file);
  migrateDatabase(db);
  if (admin && hasNoUsers(db)) {
    await createFirstAdmin(db, {
      name: admin.name || 'Administrator',
      email: admin.email.trim().toLowerCase(),
      password: admin.password,
    });
  }
  if (demo.mode !== 'none' && isEmpty(db)) {
    await loadDemoData(db, { generated: demo.mode === 'full' ? demo.meetings : 0, seed: 1 });
  }
  return db;
}
