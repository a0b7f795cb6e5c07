// Cloudflare D1 (SQLite at the edge): the same tables and SQL as the embedded store; migrations are applied by
// `wrangler d1 migrations apply` from migrations/sqlite. D1 has no interactive transactions, so a commit is one
// `batch()` (atomic), and every statement stays within D1's 100 bound parameters.

import type { NewJob } from '../../src/ports/jobs.ts';
import { type Changes, ConflictError, type Database } from '../../src/store/database.ts';
import { createLocalLocks } from '../../src/store/local-locks.ts';
import { type Query, render, renderInsert, sqlitePlaceholder, type Write } from '../../src/store/sql.ts';

/** D1's limit of bound parameters per statement. */
export const D1_MAX_PARAMS = 100;

export interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  all<T = unknown>(): Promise<{ results: T[] }>;
}
export interface D1Like {
  prepare(text: string): D1Statement;
  batch(statements: D1Statement[]): Promise<unknown[]>;
}

function mapError(err: unknown): unknown {
  const text = String((err as Error)?.message ?? err);
  if (/NOT NULL constraint failed: \w+\.version/.test(text)) return new ConflictError('version');
  if (/UNIQUE constraint failed|PRIMARY KEY/.test(text)) return new ConflictError('unique');
  return err;
}

export function openD1(binding: D1Like, o: { jobWrites(jobs: readonly NewJob[]): Write[] }): Database {
  const statements = (w: Write): D1Statement[] => {
    const rendered =
      w.kind === 'insert' ? renderInsert(w, sqlitePlaceholder, D1_MAX_PARAMS) : [render(w, sqlitePlaceholder)];
    return rendered.map((s) => binding.prepare(s.text).bind(...s.params));
  };
  const withLocks = createLocalLocks();
  const db: Database = {
    dialect: 'sqlite',
    maxParams: D1_MAX_PARAMS,
    async all<T>(q: Query): Promise<T[]> {
      const [s] = statements(q);
      try {
        return (await s.all<T>()).results;
      } catch (err) {
        throw mapError(err);
      }
    },
    async commit(changes: Changes) {
      const writes = [...changes.writes, ...(changes.jobs.length ? o.jobWrites(changes.jobs) : [])];
      if (writes.length === 0) return;
      try {
        await binding.batch(writes.flatMap(statements));
      } catch (err) {
        throw mapError(err);
      }
    },
    // Isolates share D1 but no locks: within one isolate callers wait here; the embedded runner's per-key claim
    // keeps a case's jobs apart across isolates.
    exclusive: (locks, fn) => withLocks(locks, () => fn(db)),
    async ping() {
      try {
        await binding.prepare('select 1').all();
        return true;
      } catch {
        return false;
      }
    },
    async close() {},
  };
  return db;
}
