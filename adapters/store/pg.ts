// PostgreSQL store for scale-out: a pg Pool, drizzle (node-postgres), migrations from migrations/pg at start-up,
// and pg-boss on the same database for jobs. Jobs are enqueued inside the business transaction
// (pg-boss `fromDrizzle`), so a rolled-back write leaves no job and a committed one always has its job.
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle } from 'pg-boss';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pgTables from '../../schemas/db/pg.ts';
import type { Database, Db, Op, Tables } from '../../src/db/database.ts';
import type { NewJob } from '../../src/jobs/queues.ts';
import { declareQueues, sendOptions } from '../queue/pgboss-queues.ts';
import { derivedId } from '../../src/ids.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations/pg');

export interface PgDatabase extends Database {
  boss: PgBoss;
}

export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<PgDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, application_name: 'vertreksignaal' });
  const db = drizzle(pool);
  // Several instances may start at once: one migrates, the others wait on the lock.
  await db.execute(sql`select pg_advisory_lock(727274)`);
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS });
  } finally {
    await db.execute(sql`select pg_advisory_unlock(727274)`);
  }
  const boss = new PgBoss({ connectionString: url, max: 5, application_name: 'vertreksignaal-jobs', schema: 'pgboss', superviseIntervalSeconds: 5 });
  boss.on('error', () => undefined); // errors surface through failed jobs; pg-boss's own carry no personal data but we keep logs minimal
  await boss.start();
  await declareQueues(boss);
  const typed = db as unknown as Db;
  const t = pgTables as unknown as Tables;

  /** A thenable that sends the job through the transaction `d` when awaited inside atomic(). */
  const sendOp = (d: Db, job: NewJob, now: number) => ({
    then(resolve: (v: unknown) => void, reject: (e: unknown) => void) {
      return (async () => {
        const id = await derivedId('job', job.id);
        const delaySeconds = job.runAt && job.runAt > now ? Math.ceil((job.runAt - now) / 1000) : 0;
        return boss.send(job.queue, { ...job.payload, __jobId: job.id, __key: job.key ?? null }, { ...sendOptions(job), id, ...(delaySeconds ? { startAfter: delaySeconds } : {}), db: fromDrizzle(d as never, sql as never) });
      })().then(resolve, reject);
    },
  });

  return {
    dialect: 'pg',
    db: typed,
    t,
    boss,
    enqueue: (d, jobs, now) => jobs.map((j) => sendOp(d, j, now) as unknown as Op),
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
