import { type Db, migrateDatabase, openDatabase } from './client';

/** A fresh, migrated in-memory database for a unit test. */
export function createTestDb(): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}

/**
 * What the search index holds, per meeting: each indexed word with its column and position
 * ("umarov participants 3"), read through fts5vocab, to compare index states in tests (the
 * contentless index cannot be read back row by row).
 */
export function indexedWords(db: Db): Map<number, string[]> {
  const client = db.$client;
  client.exec(
    'create virtual table if not exists temp.meetings_fts_words using fts5vocab(main, meetings_fts, instance)',
  );
  const rows = client
    .prepare(
      'select doc, term, col, offset from temp.meetings_fts_words order by doc, term, col, offset',
    )
    .raw()
    .all() as Array<[number, string, string, number]>;
  const words = new Map<number, string[]>();
  for (const [doc, term, col, offset] of rows) {
    const list = words.get(doc) ?? [];
    if (!list.length) words.set(doc, list);
    list.push(`${term} ${col} ${offset}`);
  }
  return words;
}
