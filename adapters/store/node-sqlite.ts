// Embedded SQLite through Node 24's built-in node:sqlite (no native addon to build or download). Each SQL text is
// prepared once (statement cache); the commits of one event-loop turn share one BEGIN IMMEDIATE … COMMIT, which
// runs synchronously, so no other callback can interleave with it (group-commit.ts). WAL with synchronous=NORMAL:
// a commit survives a process crash (SIGKILL).

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { NewJob } from '../../src/ports/jobs.ts';
import { type Changes, ConflictError, type Database } from '../../src/store/database.ts';
import { createLocalLocks } from '../../src/store/local-locks.ts';
import { type Query, render, renderInsert, type SqlValue, sqlitePlaceholder, type Write } from '../../src/store/sql.ts';
import { createGroupCommit } from './group-commit.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations/sqlite');
/** SQLite allows 32,766 bound parameters; staying well below keeps statements short. */
const MAX_PARAMS = 8_000;
const CACHE_LIMIT = 500;

export interface NodeSqliteOptions {
  /** The rows that enqueue jobs in the same transaction (the embedded queue's jobs table). */
  jobWrites(jobs: readonly NewJob[]): Write[];
}

export interface NodeSqliteDatabase extends Database {
  /** The raw connection, for the embedded job runner's claim statement and for tests. */
  readonly connection: DatabaseSync;
}

export function openNodeSqlite(url: string, o: NodeSqliteOptions): NodeSqliteDatabase {
  const path = url === ':memory:' || url === 'file::memory:' ? ':memory:' : url.replace(/^file:/, '');
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const conn = new DatabaseSync(path);
  conn.exec(
    'PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=OFF; ' +
      'PRAGMA cache_size=-16384; PRAGMA wal_autocheckpoint=4000; PRAGMA temp_store=MEMORY',
  );
  migrate(conn);

  const cache = new Map<string, StatementSync>();
  const prepared = (text: string): StatementSync => {
    let stmt = cache.get(text);
    if (!stmt) {
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      stmt = conn.prepare(text);
      cache.set(text, stmt);
    }
    return stmt;
  };
  const runWrite = (w: Write) => {
    const statements =
      w.kind === 'insert' ? renderInsert(w, sqlitePlaceholder, MAX_PARAMS) : [render(w, sqlitePlaceholder)];
    for (const s of statements) prepared(s.text).run(...(s.params as SqlValue[]));
  };

  const groupCommit = createGroupCommit(conn, runWrite, mapError);
  const withLocks = createLocalLocks();
  const db: NodeSqliteDatabase = {
    dialect: 'sqlite',
    maxParams: MAX_PARAMS,
    connection: conn,
    async all<T>(q: Query): Promise<T[]> {
      const { text, params } = render(q, sqlitePlaceholder);
      return prepared(text).all(...(params as SqlValue[])) as T[];
    },
    async commit(changes: Changes) {
      const writes = [...changes.writes, ...(changes.jobs.length ? o.jobWrites(changes.jobs) : [])];
      if (writes.length === 0) return;
      await groupCommit(writes);
    },
    // One connection: the embedded runner keeps jobs of one key or lane apart itself; intake waits here.
    exclusive: (locks, fn) => withLocks(locks, () => fn(db)),
    async ping() {
      try {
        prepared('select 1').get();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      cache.clear();
      if (conn.isOpen) conn.close();
    },
  };
  return db;
}

/** node:sqlite's extended result codes: NOT NULL (the version guard) and UNIQUE / PRIMARY KEY (a taken key). */
const SQLITE_CONSTRAINT_NOTNULL = 1299;
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
const SQLITE_CONSTRAINT_UNIQUE = 2067;

function mapError(err: unknown): unknown {
  const code = (err as { errcode?: number }).errcode;
  if (code === SQLITE_CONSTRAINT_NOTNULL && /\.version\b/.test(String((err as Error).message)))
    return new ConflictError('version');
  if (code === SQLITE_CONSTRAINT_UNIQUE || code === SQLITE_CONSTRAINT_PRIMARYKEY) return new ConflictError('unique');
  return err;
}

/** Applies migrations/sqlite in order, bookkept in drizzle's own table so drizzle-kit and D1 agree. */
function migrate(conn: DatabaseSync) {
  conn.exec(
    'CREATE TABLE IF NOT EXISTS __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)',
  );
  const files = readMigrationFiles({ migrationsFolder: MIGRATIONS });
  // Read under the write lock: a second process starting at the same moment waits, then finds nothing to do.
  conn.exec('BEGIN IMMEDIATE');
  try {
    const last = conn.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as
      | { created_at: number }
      | undefined;
    const pending = files.filter((m) => !last || Number(last.created_at) < m.folderMillis);
    for (const m of pending) {
      for (const statement of m.sql) if (statement.trim()) conn.exec(statement);
      conn.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run(m.hash, m.folderMillis);
    }
    conn.exec('COMMIT');
  } catch (err) {
    conn.exec('ROLLBACK');
    throw err;
  }
}
