import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Nothing of the database reaches the browser: the production build's client chunks (the
 * build these journeys run against) hold none of drizzle's table code and none of the schema's
 * table names. A client component that imports db/ (directly or through lib/) brings them in.
 */
const chunks = path.join(process.env.NEXT_DIST_DIR || '.next', 'static', 'chunks');
const markers = ['SQLiteTable', 'sqliteTable', 'audit_entries', 'meeting_topics', 'better-sqlite3'];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.name.endsWith('.js') ? [full] : [];
  });
}

test('the client chunks carry no database code', () => {
  const files = filesUnder(chunks);
  expect(files.length, `client chunks under ${chunks}`).toBeGreaterThan(0);
  const leaks = files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return markers.filter((m) => text.includes(m)).map((m) => `${path.basename(file)}: ${m}`);
  });
  expect(leaks).toEqual([]);
});
