// Job runner on pg-boss, with the embedded runner's semantics: a handler's writes commit in the same transaction
// as the job's completion; failures retry with back-off and end in the dead-letter queue, where the handler's
// dead-letter writes are made; an outage (isTransient) never uses up attempts; jobs sharing a key never overlap.
//
// Per-key exclusion is a PostgreSQL advisory lock, not a queue policy. pg-boss policies act within one queue,
// while our keys span queues (assess-case and close-case of one case share the case id), and key_strict_fifo
// also holds a key back for good once one of its jobs has failed terminally. So each job runs in a transaction
// that first takes pg_advisory_xact_lock on its key (and on its payload's `lane`, the declarant whose children's
// cases read each other, as the embedded runner groups them): every process waits there, the handler's reads
// happen under the lock, and the lock goes with the commit that also completes the job. Locks are taken in
// name order, so two jobs can never deadlock. The queue policy is then free to be `standard`.
import type { Job, JobResult, JobWithMetadata } from 'pg-boss';
import { fromDrizzle } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/database.ts';
import type { Logger } from '../../src/log.ts';
import { derivedId } from '../../src/ids.ts';
import { QUEUES, type QueueName } from '../../src/jobs/queues.ts';
import { backoffMs, errorReason, isTransient, type JobHandlers, type JobRecord, type JobRunner } from '../../src/jobs/runner.ts';
import type { PgDatabase } from '../store/pg.ts';
import { DEAD_LETTER_QUEUE, sendOptions } from './pgboss-queues.ts';

export interface PgBossRunnerOptions {
  database: PgDatabase;
  handlers: JobHandlers;
  logger: Logger;
  /** Accepted for parity with the embedded runner; unused: pg-boss keeps job time in the database. */
  now?: () => number;
  /** Jobs fetched per poll; they run side by side, each in its own transaction. */
  batchSize?: number;
  pollingIntervalSeconds?: number;
  /** Fetch loops per queue in this process. */
  concurrency?: number;
  /**
   * Jobs running at once in this process, over all queues. Each holds a pool connection for its transaction
   * while its handler reads through others, so this must stay below the pool size (20), or reads would wait
   * for connections that only finished jobs give back.
   */
  maxRunning?: number;
}

/**
 * What rides in a pg-boss job's data besides the payload: our id and key, and for a job re-sent after an outage
 * the attempts its predecessors used (`__used`) and how many outages it has been through (`__outages`).
 */
type Payload = Record<string, unknown> & { __jobId: string; __key: string | null; __used?: number; __outages?: number };
type BossJob = JobWithMetadata<Payload>;

class ClaimLostError extends Error {
  override name = 'ClaimLostError';
}

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 60_000;

/** At most `n` of the functions run at once; the rest wait their turn. */
function limiter(n: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    else running++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

export function createPgBossRunner(o: PgBossRunnerOptions): JobRunner {
  const { boss } = o.database;
  const slot = limiter(o.maxRunning ?? 10);
  const workers: { queue: string; id: string }[] = [];
  let registering: Promise<unknown> | null = null;

  function recordOf(queue: QueueName, job: Job<Payload> & { retryLimit: number }): JobRecord {
    const { __jobId, __key, __used = 0, __outages: _, ...payload } = job.data;
    return { id: __jobId, queue, key: __key, payload, attempts: __used + job.retryCount + 1, maxAttempts: __used + job.retryLimit + 1 };
  }

  /** A transaction holding the job's advisory locks; `fn` gets it as a query builder and as pg-boss's `db`. */
  function locked<T>(record: JobRecord, fn: (tx: Db, bossDb: ReturnType<typeof fromDrizzle>) => Promise<T>): Promise<T> {
    const names = [...(record.key ? [`k:${record.key}`] : []), ...(typeof record.payload.lane === 'string' ? [`l:${record.payload.lane}`] : [])].sort();
    return o.database.pg.transaction(async (tx) => {
      for (const name of names) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
      return fn(tx as unknown as Db, fromDrizzle(tx, sql));
    });
  }

  /** Completes the attempt we hold, inside the transaction; a lapsed claim (expiry, another instance) rolls it all back. */
  async function complete(queue: string, job: Job<Payload>, bossDb: ReturnType<typeof fromDrizzle>, output?: object) {
    const res = (await boss.complete(queue, { id: job.id, retryCount: job.retryCount }, output, { db: bossDb })) as { affected?: number };
    if (res.affected !== 1) throw new ClaimLostError(`job ${job.id} is no longer claimed by this worker`);
  }

  async function runOne(queue: QueueName, job: BossJob): Promise<JobResult> {
    const record = recordOf(queue, job);
    const handler = o.handlers[queue];
    try {
      if (!handler) throw new Error(`no handler for ${queue}`);
      await locked(record, async (tx, bossDb) => {
        const ops = await handler.run(record);
        for (const q of ops ? ops(tx) : []) await q;
        await complete(queue, job, bossDb);
      });
      return { id: job.id, status: 'completed' };
    } catch (err) {
      const reason = errorReason(err);
      if (err instanceof ClaimLostError) return { id: job.id, status: 'failed', output: { reason } };
      if (isTransient(err)) {
        try {
          await resendAfterOutage(queue, job, record, reason);
          return { id: job.id, status: 'completed' };
        } catch (e) {
          o.logger.warn({ jobId: record.id, queue, reason: errorReason(e) }, 'could not re-send job after outage');
        }
      }
      const last = job.retryCount >= job.retryLimit && !isTransient(err);
      o.logger[last ? 'warn' : 'info']({ jobId: record.id, queue, attempt: record.attempts, reason }, last ? 'job failed for the last time' : 'job failed, retrying');
      // pg-boss retries with back-off, or after the last attempt fails it and copies it to the dead-letter queue.
      return { id: job.id, status: 'failed', output: { reason } };
    }
  }

  /**
   * An outage must not use up attempts, and pg-boss counts every failure. So the job completes and a
   * successor (deterministic id, same key and payload) starts after a back-off, carrying the attempts already
   * used by real failures; both in one transaction, so the work is never lost nor doubled.
   */
  async function resendAfterOutage(queue: QueueName, job: BossJob, record: JobRecord, reason: string) {
    const outages = (job.data.__outages ?? 0) + 1;
    const used = record.attempts - 1;
    await o.database.pg.transaction(async (tx) => {
      const bossDb = fromDrizzle(tx, sql);
      await complete(queue, job, bossDb, { reason, resent: true });
      await boss.send(
        queue,
        { ...job.data, __used: used, __outages: outages },
        {
          ...sendOptions({ id: record.id, queue, key: record.key, payload: record.payload, maxAttempts: record.maxAttempts - used }),
          id: await derivedId('outage', job.id),
          startAfter: Math.ceil(backoffMs(outages, BACKOFF_BASE_MS, BACKOFF_MAX_MS) / 1000),
          db: bossDb,
        },
      );
    });
  }

  /** A job that ran out of attempts (or expired on its last) arrives here: the handler's dead-letter writes, once. */
  async function runDead(job: BossJob): Promise<JobResult> {
    const queue = job.sourceName as QueueName | null;
    const retries = job.sourceRetryCount ?? 0;
    const record = queue ? recordOf(queue, { ...job, retryCount: retries, retryLimit: retries }) : null;
    const out = job.sourceOutput as { reason?: unknown; message?: unknown } | null;
    // Our own failures carry `reason`; pg-boss's (expiry, missed heartbeat) a fixed `message`.
    const reason = typeof out?.reason === 'string' ? out.reason : typeof out?.message === 'string' ? out.message.slice(0, 100) : 'Error';
    try {
      if (!record) {
        await boss.complete(DEAD_LETTER_QUEUE, { id: job.id, retryCount: job.retryCount });
        return { id: job.id, status: 'completed' };
      }
      o.logger.warn({ jobId: record.id, queue, reason }, 'job dead-lettered');
      const handler = o.handlers[record.queue];
      await locked(record, async (tx, bossDb) => {
        const ops = handler?.dead ? await handler.dead(record, reason) : undefined;
        for (const q of ops ? ops(tx) : []) await q;
        await complete(DEAD_LETTER_QUEUE, job, bossDb);
      });
      return { id: job.id, status: 'completed' };
    } catch (err) {
      return { id: job.id, status: 'failed', output: { reason: errorReason(err) } };
    }
  }

  const options = () => ({
    batchSize: o.batchSize ?? 20,
    // A full batch means more work waiting: fetch again at once.
    burstWhenBatchFull: true,
    pollingIntervalSeconds: o.pollingIntervalSeconds ?? 0.5,
    localConcurrency: o.concurrency ?? 1,
    includeMetadata: true as const,
    // We settle each job ourselves inside its transaction; pg-boss settles only what we report failed.
    perJobResults: true as const,
  });

  async function register() {
    for (const q of Object.values(QUEUES)) {
      const id = await boss.work(q.name, options(), async (jobs: BossJob[]) => {
        // Side by side: two jobs of one key simply meet at the advisory lock.
        return Promise.all(jobs.map((job) => slot(() => runOne(q.name, job))));
      });
      workers.push({ queue: q.name, id });
    }
    const id = await boss.work(DEAD_LETTER_QUEUE, options(), async (jobs: BossJob[]) => {
      return Promise.all(jobs.map((job) => slot(() => runDead(job))));
    });
    workers.push({ queue: DEAD_LETTER_QUEUE, id });
  }

  function poke() {
    for (const w of workers) boss.notifyWorker(w.id);
  }

  return {
    start() {
      registering ??= register().catch((err) => o.logger.error({ reason: errorReason(err) }, 'pg-boss workers did not start'));
    },
    async stop() {
      await registering;
      registering = null;
      // Waits for running jobs; what is fetched but not started stays claimed until it expires or its heartbeat stops.
      for (const w of workers.splice(0)) await boss.offWork(w.queue, { id: w.id, wait: true }).catch(() => undefined);
    },
    poke,
    async drain({ timeoutMs = 60_000 } = {}) {
      const until = Date.now() + timeoutMs;
      // Two quiet readings in a row: a job's successors are enqueued in the transaction that completes it.
      let quiet = 0;
      poke();
      while (Date.now() < until) {
        // The job table itself: getQueueStats() serves a cached snapshot.
        const { rows } = await o.database.pg.execute<{ n: number }>(
          sql`select count(*)::int as n from pgboss.job where state = 'active' or (state in ('created', 'retry') and start_after <= now())`,
        );
        quiet = rows[0].n === 0 ? quiet + 1 : 0;
        if (quiet >= 2) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('drain timed out');
    },
  };
}
