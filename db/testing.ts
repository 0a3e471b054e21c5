import { type Db, migrateDatabase, openDatabase } from './client';

/** A fresh, migrated in-memory database for a unit test. */
export function createTestDb(): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}
