import type Database from 'better-sqlite3';
import { FTS_COLUMNS, FTS_VALUES } from '../writes/search-index';

/**
 * The generator's raw prepared statements. Bulk loading goes around drizzle on purpose: one
 * prepared statement reused inside a transaction is ~8× faster than a query builder per row
 * (STACK.md, pitfall 11). Timestamps are always given, so that the same seed and `today` write
 * byte-identical tables.
 */
export function prepareStatements(sqlite: Database.Database) {
  const p = (sql: string) => sqlite.prepare(sql);
  return {
    organization: p(`insert into organizations
      (name, acronym, kind, country_code, parent_id, website, aliases, search_key, created_at, updated_at)
      values (?, ?, ?, ?, ?, null, ?, ?, ?, ?) returning id`),
    official: p(`insert into officials
      (display_name, sort_name, aliases, country_code, search_key, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?) returning id`),
    position: p(`insert into positions
      (official_id, organization_id, title, start_date, end_date, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?)`),
    topic: p(`insert into topics (name, slug, parent_id, created_at, updated_at)
      values (?, ?, ?, ?, ?) returning id`),
    event: p(`insert into events
      (name, start_date, end_date, city, country_code, venue, organizer_id, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`),
    meeting: new BatchInsert(
      sqlite,
      `insert into meetings (id, title, start_date, end_date, date_precision, time, venue, city,
       country_code, event_id, format, status, summary, outcomes, classification, created_at,
       updated_at, version, deleted_at)`,
      19,
    ),
    participant: new BatchInsert(
      sqlite,
      `insert into participants
       (meeting_id, official_id, organization_id, role, title, country_code, sort_order)`,
      7,
    ),
    meetingTopic: new BatchInsert(sqlite, 'insert into meeting_topics (meeting_id, topic_id)', 2),
    source: new BatchInsert(
      sqlite,
      'insert into sources (meeting_id, title, publisher, published_date, sort_order)',
      5,
    ),
    followUp: new BatchInsert(
      sqlite,
      `insert into follow_ups
       (meeting_id, description, owner, due_date, status, sort_order, created_at, updated_at)`,
      8,
    ),
    // The search text in multi-row inserts, then the index filled from it in one statement
    // per flush: FTS5 flushes its pending terms whenever another statement of the same
    // transaction opens a savepoint, so its rows must go after every other table's.
    fts: new SearchTextBatch(sqlite),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

/**
 * Buffers rows and writes them with multi-row `insert … values (…), (…), …` statements, which
 * halves the per-row cost of small rows. Nothing is written before `flush`, so the caller
 * decides the order of tables (parents before children, with foreign keys on) within its
 * transaction; memory is bounded by what it buffers between flushes.
 */
export class BatchInsert {
  private readonly one: Database.Statement;
  private readonly many: Database.Statement;
  private args: unknown[] = [];

  constructor(
    sqlite: Database.Database,
    head: string,
    private readonly width: number,
    private readonly rows = 32,
  ) {
    const tuple = `(${Array(width).fill('?').join(', ')})`;
    this.one = sqlite.prepare(`${head} values ${tuple}`);
    this.many = sqlite.prepare(`${head} values ${Array(rows).fill(tuple).join(', ')}`);
  }

  add(...row: unknown[]): void {
    for (const value of row) this.args.push(value);
  }

  flush(): void {
    const { args, width } = this;
    const full = args.length - (args.length % (width * this.rows));
    for (let i = 0; i < full; i += width * this.rows) {
      this.many.run(args.slice(i, i + width * this.rows));
    }
    for (let i = full; i < args.length; i += width) this.one.run(args.slice(i, i + width));
    this.args = [];
  }
}

const SEARCH_COLUMNS = 'title, summary, outcomes, venue, participants, topics, scope';

/**
 * Rows of meetings_search_text (id, the six texts and `scope`, as db/writes/search-index.ts
 * writes them), and on flush their rows of the contentless search index.
 */
export class SearchTextBatch {
  private readonly text: BatchInsert;
  private readonly index: Database.Statement;
  private from = Infinity;
  private to = -Infinity;

  constructor(sqlite: Database.Database) {
    this.text = new BatchInsert(
      sqlite,
      `insert into meetings_search_text (id, ${SEARCH_COLUMNS})`,
      8,
    );
    this.index = sqlite.prepare(`insert into meetings_fts (rowid, ${FTS_COLUMNS})
      select id, ${FTS_VALUES} from meetings_search_text where id between ? and ?`);
  }

  add(
    id: number,
    restricted: boolean,
    ...texts: [string, string, string, string, string, string]
  ): void {
    this.text.add(id, ...texts, restricted ? 'restricted' : '');
    this.from = Math.min(this.from, id);
    this.to = Math.max(this.to, id);
  }

  flush(): void {
    this.text.flush();
    if (this.from <= this.to) this.index.run(this.from, this.to);
    this.from = Infinity;
    this.to = -Infinity;
  }
}

/** The id a `returning id` statement gave back. */
export function insertedId(stmt: Database.Statement, ...params: unknown[]): number {
  return (stmt.get(...params) as { id: number }).id;
}

/** The tables whose indexes a bulk load drops and rebuilds. */
const BULK_TABLES = ['meetings', 'participants', 'meeting_topics', 'sources', 'follow_ups'];

/**
 * Runs `load` with FTS5 segment merging deferred (one 'optimize' at the end instead of merges
 * during the load, ~1.5× faster) and, in bulk mode, with the meeting tables' secondary indexes
 * dropped and rebuilt afterwards (sorting once beats millions of scattered B-tree inserts).
 * Indexes come back even if the load fails.
 */
export function bulkLoad(sqlite: Database.Database, bulk: boolean, load: () => void): void {
  const indexes = bulk
    ? (sqlite
        .prepare(
          `select name, sql from sqlite_master where type = 'index' and sql is not null
           and tbl_name in (${BULK_TABLES.map(() => '?').join(', ')}) order by name`,
        )
        .all(...BULK_TABLES) as Array<{ name: string; sql: string }>)
    : [];
  const pragmas = ['cache_size', 'threads', 'foreign_keys'].map(
    (name) => [name, Number(sqlite.pragma(name, { simple: true }))] as const,
  );
  sqlite.pragma('cache_size = -262144');
  if (bulk) {
    // Index rebuilds sort on a second thread; references are right by construction, and
    // generate.test.ts checks them with foreign keys on.
    sqlite.pragma('threads = 2');
    sqlite.pragma('foreign_keys = OFF');
  }
  // FTS5 takes its commands as literals only (bound parameters are a "logic error").
  const ftsConfig = (key: 'automerge' | 'crisismerge', value: number) =>
    sqlite.exec(`insert into meetings_fts (meetings_fts, rank) values ('${key}', ${value})`);
  ftsConfig('automerge', 0);
  ftsConfig('crisismerge', 1000);
  for (const index of indexes) sqlite.exec(`drop index ${index.name}`);
  try {
    load();
  } finally {
    sqlite.transaction(() => {
      for (const index of indexes) sqlite.exec(index.sql);
    })();
    sqlite.exec(`insert into meetings_fts (meetings_fts) values ('optimize')`);
    // FTS5's defaults, for the app's own one-row writes.
    ftsConfig('automerge', 4);
    ftsConfig('crisismerge', 16);
    for (const [name, value] of pragmas) sqlite.pragma(`${name} = ${value}`);
  }
}
