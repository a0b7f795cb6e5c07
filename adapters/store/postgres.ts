// PostgreSQL driver for scale-out: one pool per instance, named (prepared) statements, migrations from migrations/pg
// at start-up, and pg-boss on the same database for jobs. Jobs are inserted inside the business transaction (pg-boss
// `insert` through this transaction's connection), so a rolled-back write leaves no job and a commit always has it.

import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import type { Logger } from '../../src/app/context.ts';
import type { NewJob } from '../../src/ports/jobs.ts';
import { type Changes, ConflictError, type Database } from '../../src/store/database.ts';
import { pgPlaceholder, type Query, render, renderInsert, type Write } from '../../src/store/sql.ts';
import { bossJobs, declareQueues } from '../queue/pgboss-queues.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations/pg');
/** Any constant both the app and an operator recognise: held while one instance migrates. */
const MIGRATION_LOCK = 727274;
const MAX_PARAMS = 30_000;

// int8 (bigint: epoch milliseconds, counts) as JavaScript numbers: every value we keep fits in 2^53.
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

export interface PgSession extends Database {
  /** pg-boss's view of this session's connection, so a job completes inside the same transaction. */
  readonly bossDb: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
}

export interface PgDatabase extends Database {
  readonly boss: PgBoss;
  readonly pool: pg.Pool;
  exclusive<T>(locks: readonly string[], fn: (session: PgSession) => Promise<T>): Promise<T>;
}

export interface OpenPostgresOptions {
  /** Pool size; by default sized to the cores (a job holds one connection for its transaction). */
  max?: number;
  /** false: this instance only sends jobs (no supervision, no cron). Some instance must supervise. */
  supervise?: boolean;
  logger?: Logger;
}

type Client = pg.Pool | pg.PoolClient;

const statementName = (text: string) => `vs_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

async function query(client: Client, q: Query) {
  const { text, params } = render(q, pgPlaceholder);
  return client.query({ name: statementName(text), text, values: params });
}

function mapError(err: unknown): unknown {
  const e = err as { code?: string; column?: string };
  if (e?.code === '23502' && e.column === 'version') return new ConflictError('version');
  if (e?.code === '23505') return new ConflictError('unique');
  return err;
}

function createPool(url: string, o: OpenPostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: o.max ?? Math.max(4, availableParallelism() * 4),
    application_name: 'vertreksignaal',
    types,
  });
  // An idle connection the server drops (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', (err: Error & { code?: string }) =>
    o.logger?.warn({ reason: err.name, code: err.code }, 'idle PostgreSQL connection lost'),
  );
  return pool;
}

/** Several instances may start at once: one migrates, the others wait on the lock. */
async function migrateOnce(pool: pg.Pool) {
  const migrator = drizzle(pool);
  await pool.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await migrate(migrator, { migrationsFolder: MIGRATIONS });
  } finally {
    await pool.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

async function startBoss(url: string, o: OpenPostgresOptions): Promise<PgBoss> {
  const supervise = o.supervise !== false;
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    application_name: 'vertreksignaal-jobs',
    schema: 'pgboss',
    supervise,
    schedule: supervise,
    // Reclaims jobs of a killed worker (missed heartbeats) within seconds rather than a minute.
    superviseIntervalSeconds: 5,
  });
  // Required, or pg-boss's background errors are unhandled. Only type and SQLSTATE: messages can quote values.
  boss.on('error', (err: Error & { code?: string }) =>
    o.logger?.error({ reason: err?.name ?? 'Error', code: err?.code }, 'pg-boss error'),
  );
  await boss.start();
  await declareQueues(boss);
  return boss;
}

export async function openPostgres(url: string, o: OpenPostgresOptions = {}): Promise<PgDatabase> {
  const pool = createPool(url, o);
  await migrateOnce(pool);
  const boss = await startBoss(url, o);

  async function writeAll(client: pg.PoolClient, changes: Changes) {
    for (const w of changes.writes) await write(client, w);
    await enqueue(client, changes.jobs, changes.at);
  }
  async function write(client: pg.PoolClient, w: Write) {
    if (w.kind === 'query') await query(client, w);
    else for (const s of renderInsert(w, pgPlaceholder, MAX_PARAMS)) await client.query(s.text, s.params);
  }
  async function enqueue(client: pg.PoolClient, jobs: readonly NewJob[], at?: number) {
    const db = { executeSql: (text: string, values?: unknown[]) => client.query(text, values) };
    for (const [queue, rows] of bossJobs(jobs, at)) await boss.insert(queue, rows, { db });
  }
  async function inTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw mapError(err);
    } finally {
      client.release();
    }
  }

  function session(client: pg.PoolClient): PgSession {
    return {
      dialect: 'pg',
      maxParams: MAX_PARAMS,
      all: async <T>(q: Query) => (await query(client, q)).rows as T[],
      commit: async (changes) => {
        // Inside the exclusive transaction: a savepoint keeps a lost race from aborting the job's transaction.
        await client.query('SAVEPOINT uow');
        try {
          await writeAll(client, changes);
          await client.query('RELEASE SAVEPOINT uow');
        } catch (err) {
          await client.query('ROLLBACK TO SAVEPOINT uow');
          throw mapError(err);
        }
      },
      exclusive: (_locks, fn) => fn(session(client)),
      ping: async () => true,
      close: async () => undefined,
      bossDb: { executeSql: (text, values) => client.query(text, values) },
    };
  }

  return {
    dialect: 'pg',
    maxParams: MAX_PARAMS,
    boss,
    pool,
    all: async <T>(q: Query) => (await query(pool, q)).rows as T[],
    commit: (changes) => inTransaction((client) => writeAll(client, changes)),
    // Advisory locks in name order: every process waits here for the same key or lane, and two jobs never deadlock.
    exclusive: (locks, fn) =>
      inTransaction(async (client) => {
        const names = [...new Set(locks)].sort();
        if (names.length)
          await client.query('SELECT pg_advisory_xact_lock(hashtextextended(n, 0)) FROM unnest($1::text[]) AS n', [
            names,
          ]);
        return fn(session(client));
      }),
    async ping() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await boss.stop({ graceful: true, timeout: 10_000 });
      await pool.end();
    },
  };
}
