import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrationsFolder } from './client';

/**
 * Online backups and checked restores of Parley's SQLite file (npm run db:backup / db:restore).
 * The backup uses SQLite's backup API through better-sqlite3 on its own read-only connection:
 * the server keeps serving and writing meanwhile (WAL), and the copy is one consistent
 * snapshot.
 */

/** Copies the live database `source` to `target` (a new file) with SQLite's backup API. */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file.`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, copy every remaining page in one step: in one read transaction,
    // so a write committed meanwhile by the server cannot restart the copy again and again.
    const result = await db.backup(target, { progress: () => 0x7fffffff });
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}

/** The migrations this checkout knows, by the timestamp drizzle records for each. */
function knownMigrations(): Set<number> {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: Array<{ when: number }> };
  return new Set(journal.entries.map((e) => e.when));
}

/**
 * Why `file` is not a Parley database this checkout can restore, or null when it is: it must
 * pass `PRAGMA integrity_check`, have Parley's tables, and carry only migrations this checkout
 * knows (older ones are fine: the server applies the rest on start).
 */
export function checkBackup(file: string): string | null {
  if (!fs.existsSync(file)) return `${file} does not exist.`;
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return `${file} is not an SQLite database.`;
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `${file} fails PRAGMA integrity_check: ${String(integrity)}`;
    const tables = new Set(
      db.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[],
    );
    for (const t of ['__drizzle_migrations', 'meetings', 'users', 'audit_entries']) {
      if (!tables.has(t)) return `${file} is not a Parley database (no ${t} table).`;
    }
    const applied = db
      .prepare('select created_at from __drizzle_migrations')
      .pluck()
      .all() as number[];
    const known = knownMigrations();
    const unknown = applied.filter((when) => !known.has(Number(when)));
    if (unknown.length) {
      return `${file} was written by a newer Parley (${unknown.length} migration(s) this checkout does not have).`;
    }
    return null;
  } catch (error) {
    return `${file} could not be read: ${(error as Error).message}`;
  } finally {
    db.close();
  }
}

/** The file a running server records its process id in, next to the database. */
export const serverPidFile = (database: string) => `${database}.server-pid`;

/**
 * Records this process as the server of `database` (removed when the process exits). On a
 * fresh clone the database's folder does not exist yet: this runs before the database is
 * created, so it makes the folder.
 */
export function markServerRunning(database: string): void {
  if (database === ':memory:') return;
  const file = serverPidFile(database);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, String(process.pid));
  process.once('exit', () => {
    try {
      if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.rmSync(file);
    } catch {
      // Already gone.
    }
  });
}

/** The pid of a live server using `database`, or null (a stale record is ignored). */
export function runningServer(database: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(serverPidFile(database), 'utf8'));
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Replaces `database` with the checked backup `file`. Refuses while a server uses the database;
 * the replaced file (with its WAL) is kept aside as `<database>.replaced-<time>`.
 */
export function restoreDatabase(file: string, database: string): { replaced: string | null } {
  const problem = checkBackup(file);
  if (problem) throw new Error(problem);
  const pid = runningServer(database);
  if (pid) {
    throw new Error(`A Parley server (pid ${pid}) is using ${database}. Stop it, then restore.`);
  }
  let replaced: string | null = null;
  if (fs.existsSync(database)) {
    // Fold the WAL into the file first, so the file set aside is complete on its own.
    const current = new Database(database);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    replaced = `${database}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(database, replaced);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(database + suffix)) fs.renameSync(database + suffix, replaced + suffix);
    }
  }
  fs.mkdirSync(path.dirname(path.resolve(database)), { recursive: true });
  fs.copyFileSync(file, database);
  return { replaced };
}
