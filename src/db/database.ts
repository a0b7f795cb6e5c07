// The persistence port: drizzle over SQLite (libsql/D1) or PostgreSQL, one query vocabulary for both.
// Repositories build queries against `t` and hand them to `atomic`, which commits them together or not at all.
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as tables from '../../schemas/db/sqlite.ts';
import type { NewJob } from '../jobs/queues.ts';

export type Tables = typeof tables;
/** Query builder; the PostgreSQL adapter presents its own tables and builder under the same shape. */
export type Db = BaseSQLiteDatabase<'async', unknown, Record<string, never>>;
/** Something `atomic` can run: a built but not yet awaited drizzle query. */
export type Op = { execute?: unknown } & PromiseLike<unknown>;
export type Ops = (db: Db) => Op[];

export interface Database {
  dialect: 'sqlite' | 'pg';
  db: Db;
  t: Tables;
  /**
   * Ops that enqueue jobs inside the same atomic write as the business change (transactional outbox):
   * rows of the jobs table on SQLite, pg-boss jobs in the same transaction on PostgreSQL.
   */
  enqueue(db: Db, jobs: NewJob[], now: number): Op[];
  /** Runs every query in one transaction (SQLite/D1: a batch; PostgreSQL: a transaction). */
  atomic(ops: Ops): Promise<void>;
  /** Answers true when the database can be reached. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
