// PostgreSQL store for scale-out: a pg Pool, drizzle (node-postgres), migrations from migrations/pg at start-up,
// and pg-boss on the same database for jobs. Jobs are enqueued inside the business transaction
// (pg-boss `fromDrizzle`), so a rolled-back write leaves no job and a committed one always has its job.
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle } from 'pg-boss';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pgTables from '../../schemas/db/pg.ts';
import type { Database, Db, Op, Tables } from '../../src/db/database.ts';
import type { NewJob } from '../../src/jobs/queues.ts';
import type { Logger } from '../../src/log.ts';
import { derivedId } from '../../src/ids.ts';
import { declareQueues, sendOptions } from '../queue/pgboss-queues.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations/pg');
/** Any constant both the app and an operator recognise: held while one instance migrates. */
const MIGRATION_LOCK = 727274;

export interface PgDatabase extends Database {
  boss: PgBoss;
  /** The same drizzle instance as `db`, typed for PostgreSQL: transactions and advisory locks for the job runner. */
  pg: NodePgDatabase;
}

export interface OpenPostgresOptions {
  /** Pool size for the app's own queries; each running job holds one connection for its transaction. */
  max?: number;
  /**
   * false: this instance only sends jobs (no supervision, no cron). Some instance must run with the
   * default, or timed-out jobs are never retried and old jobs never deleted.
   */
  boss?: boolean;
  logger?: Logger;
}

/** The pg-boss job id for one of our jobs: a UUID derived from our deterministic id, so a second send is a no-op. */
export const bossJobId = (jobId: string) => derivedId('job', jobId);

export async function openPostgres(url: string, opts: OpenPostgresOptions = {}): Promise<PgDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 20, application_name: 'vertreksignaal' });
  // An idle connection the server drops (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', (err: Error & { code?: string }) => opts.logger?.warn({ reason: err.name, code: err.code }, 'idle PostgreSQL connection lost'));
  const db = drizzle(pool);
  // Several instances may start at once: one migrates, the others wait on the lock.
  await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS });
  } finally {
    await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }

  const supervise = opts.boss !== false;
  const boss = new PgBoss({
    connectionString: url,
    max: 5,
    application_name: 'vertreksignaal-jobs',
    schema: 'pgboss',
    supervise,
    schedule: supervise,
    // Reclaims jobs of a killed worker (missed heartbeats) within seconds rather than a minute.
    superviseIntervalSeconds: 5,
  });
  // Required, or pg-boss's background errors are unhandled. Only the error's type and SQLSTATE: messages
  // of failed statements can quote values.
  boss.on('error', (err: Error & { code?: string }) => opts.logger?.error({ reason: err?.name ?? 'Error', code: err?.code }, 'pg-boss error'));
  await boss.start();
  await declareQueues(boss);

  const typed = db as unknown as Db;
  const t = pgTables as unknown as Tables;

  /**
   * A thenable that inserts the jobs of one queue through transaction `d` when atomic() awaits it, so they commit
   * or roll back with it. One statement per queue (pg-boss `insert`), however many jobs: a batch of 500 events is
   * one round trip, not 500. Ids are deterministic, and insert skips an id that exists, so a re-send is a no-op.
   */
  const insertOp = (d: Db, queue: string, jobs: NewJob[], now: number): Op => ({
    then(resolve, reject) {
      return (async () => {
        const rows = await Promise.all(
          jobs.map(async (job) => {
            const delaySeconds = job.runAt && job.runAt > now ? Math.ceil((job.runAt - now) / 1000) : 0;
            // Our id and key ride in the payload: pg-boss only knows its UUID, and handlers need both.
            return { ...sendOptions(job), id: await bossJobId(job.id), data: { ...job.payload, __jobId: job.id, __key: job.key ?? null }, ...(delaySeconds ? { startAfter: `${delaySeconds} seconds` } : {}) };
          }),
        );
        return boss.insert(queue, rows, { db: fromDrizzle(d as never, sql) });
      })().then(resolve, reject);
    },
  });

  const enqueue = (d: Db, jobs: NewJob[], now: number): Op[] => {
    // pg-boss refuses a batch naming one id twice; the first send of an id wins, as on conflict.
    const byQueue = new Map<string, Map<string, NewJob>>();
    for (const j of jobs) {
      const list = byQueue.get(j.queue) ?? byQueue.set(j.queue, new Map()).get(j.queue)!;
      if (!list.has(j.id)) list.set(j.id, j);
    }
    return [...byQueue].map(([queue, list]) => insertOp(d, queue, [...list.values()], now));
  };

  return {
    dialect: 'pg',
    db: typed,
    pg: db,
    t,
    boss,
    enqueue,
    async atomic(ops) {
      await db.transaction(async (tx) => {
        for (const q of ops(tx as unknown as Db)) await q;
      });
    },
    async ping() {
      try {
        await db.execute(sql`select 1`);
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
