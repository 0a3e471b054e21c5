import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  backupDatabase,
  checkBackup,
  markServerRunning,
  restoreDatabase,
  serverPidFile,
} from './backup';
import { migrateDatabase, openDatabase } from './client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Another process that writes without pause, one committed insert at a time (as the server
 * does), printing each number once its commit has returned.
 */
function startWriter(file: string): { child: ChildProcess; committed: () => number } {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare("insert into settings (key, value) values (?, 'x')");
    let i = 0;
    (function write() {
      for (let n = 0; n < 20; n++) { i++; insert.run('w' + i); process.stdout.write(i + '\\n'); }
      setImmediate(write);
    })();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd() });
  let last = 0;
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line) last = Number(line);
  });
  return { child, committed: () => last };
}

async function until(test: () => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('backup and restore', () => {
  it('a backup taken while another process writes holds every earlier commit and restores', async () => {
    const live = path.join(dir, 'live.db');
    const db = openDatabase(live);
    migrateDatabase(db);
    // Some bulk, so that the copy takes more than one step.
    db.$client.exec(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < 20000)
       insert into settings (key, value) select 'bulk' || i, hex(randomblob(200)) from n`,
    );
    db.$client.close();

    const writer = startWriter(live);
    try {
      await until(() => writer.committed() > 500);
      const before = writer.committed();
      const backup = path.join(dir, 'backups', 'copy.db');
      await backupDatabase(live, backup);

      expect(checkBackup(backup)).toBeNull();
      const copy = new Database(backup, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const keys = new Set(
        copy.prepare(`select key from settings where key like 'w%'`).pluck().all() as string[],
      );
      copy.close();
      // Every write committed before the backup began is in it…
      for (let i = 1; i <= before; i++) expect(keys.has(`w${i}`), `w${i}`).toBe(true);
      // …and the writer was still going: the copy is a snapshot taken in mid-stream.
      await until(() => writer.committed() > keys.size + 100);
      expect(keys.size).toBeGreaterThanOrEqual(before);

      // A restore refuses while a server uses the target, then keeps the old file aside.
      const target = path.join(dir, 'target.db');
      fs.copyFileSync(live, target);
      fs.writeFileSync(serverPidFile(target), String(writer.child.pid));
      expect(() => restoreDatabase(backup, target)).toThrow(/is using/);
      fs.rmSync(serverPidFile(target));
      const { replaced } = restoreDatabase(backup, target);
      expect(replaced && fs.existsSync(replaced)).toBe(true);
      const restored = new Database(target, { readonly: true });
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(
        restored.prepare(`select count(*) from settings where key like 'w%'`).pluck().get(),
      ).toBe(keys.size);
      restored.close();
    } finally {
      writer.child.kill();
    }
  }, 60_000);

  it('refuses what is not a sound Parley database', () => {
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'not a database at all, just some text that is long enough');
    expect(checkBackup(junk)).toMatch(/not an SQLite database|could not be read/);
    const other = path.join(dir, 'other.db');
    new Database(other).exec('create table t (x)');
    expect(checkBackup(other)).toMatch(/not a Parley database/);
    expect(() => restoreDatabase(other, path.join(dir, 'x.db'))).toThrow(/not a Parley database/);
    expect(checkBackup(path.join(dir, 'missing.db'))).toMatch(/does not exist/);
  });

  it('records the running server so that a restore can see it', () => {
    const file = path.join(dir, 'server.db');
    markServerRunning(file);
    expect(fs.readFileSync(serverPidFile(file), 'utf8')).toBe(String(process.pid));
  });

  it('records it in a folder that does not exist yet, as on a fresh clone', () => {
    const file = path.join(dir, 'fresh', 'data', 'parley.db');
    markServerRunning(file);
    expect(fs.readFileSync(serverPidFile(file), 'utf8')).toBe(String(process.pid));
  });
});
