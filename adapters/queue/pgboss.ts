// Job runner on pg-boss with the embedded runner's semantics: a job's reads, writes and completion happen in one
// transaction; failures retry with back-off and end in the dead-letter queue, where the dead-letter handler runs;
// an outage (isTransient) never uses up attempts; jobs sharing a key never overlap.
//
// Per-key exclusion is a PostgreSQL advisory lock, not a queue policy: our keys span queues (several queues work on
// one case), and key_strict_fifo also holds a key back for good once one of its jobs failed terminally. So each job
// runs in a transaction that first takes advisory locks on its key and its lane (the declarant, whose children's
// cases read each other): every process waits there, and the locks go with the commit that completes the job.
import type { Job, JobResult, JobWithMetadata } from 'pg-boss';
import { changesOf } from '../../src/app/commit.ts';
import type { AppContext } from '../../src/app/context.ts';
import { FailedWith } from '../../src/app/errors.ts';
import { derivedId } from '../../src/ids.ts';
import type { JobHandler } from '../../src/jobs/handlers.ts';
import {
  backoffMs,
  errorReason,
  isTransient,
  type JobRecord,
  type JobRunner,
  pendingOf,
  QUEUES,
  type QueueName,
} from '../../src/ports/jobs.ts';
import { ConflictError } from '../../src/store/database.ts';
import { UnitOfWork } from '../../src/store/unit-of-work.ts';
import type { PgDatabase, PgSession } from '../store/postgres.ts';
import { limiter } from './limiter.ts';
import { DEAD_LETTER_QUEUE, sendOptions } from './pgboss-queues.ts';

export interface PgBossRunnerOptions {
  db: PgDatabase;
  ctx: AppContext;
  handlers: Readonly<Record<QueueName, JobHandler>>;
  /** Jobs fetched per poll; they run side by side, each in its own transaction. */
  batchSize?: number;
  pollingIntervalSeconds?: number;
  /** Jobs running at once in this process; each holds a pool connection for its transaction. */
  maxRunning?: number;
}

/** Besides the payload: our id and key, and for a job re-sent after an outage the attempts already used. */
type Payload = Record<string, unknown> & { __jobId: string; __key: string | null; __used?: number; __outages?: number };
type BossJob = JobWithMetadata<Payload>;

class ClaimLostError extends Error {
  override name = 'ClaimLostError';
}

export function createPgBossRunner(o: PgBossRunnerOptions): JobRunner {
  const { boss } = o.db;
  const { ctx } = o;
  const slot = limiter(o.maxRunning ?? 10);
  const workers: { queue: string; id: string }[] = [];
  let registering: Promise<unknown> | null = null;

  function recordOf(queue: QueueName, job: Job<Payload> & { retryLimit: number }): JobRecord {
    const { __jobId, __key, __used = 0, __outages: _, ...payload } = job.data;
    return {
      id: __jobId,
      queue,
      key: __key,
      payload,
      attempts: __used + job.retryCount + 1,
      maxAttempts: __used + job.retryLimit + 1,
    };
  }

  const locksOf = (r: JobRecord) => [
    ...(r.key ? [`k:${r.key}`] : []),
    ...(typeof r.payload.lane === 'string' ? [`l:${r.payload.lane}`] : []),
  ];

  /** Completes the attempt we hold inside the transaction; a lapsed claim rolls the whole job back. */
  async function complete(queue: string, job: Job<Payload>, session: PgSession) {
    const res = (await boss.complete(queue, { id: job.id, retryCount: job.retryCount }, undefined, {
      db: session.bossDb,
    })) as { affected?: number };
    if (res.affected !== 1) throw new ClaimLostError(`job ${job.id} is no longer claimed by this worker`);
  }

  /** Runs `fn` with a context on the job's transaction whose first commit also completes the job. */
  function inJob(queue: string, job: Job<Payload>, record: JobRecord, fn: (jobCtx: AppContext) => Promise<unknown>) {
    return o.db.exclusive(locksOf(record), async (session) => {
      // A job's effects and its completion commit together: should PostgreSQL lose this commit in a crash, it loses
      // both, and the job runs again. So the job need not wait for the WAL flush (intake still does).
      await session.bossDb.executeSql('SET LOCAL synchronous_commit = off');
      let settled = false;
      const commit = async (uow: UnitOfWork) => {
        await session.commit(changesOf(uow, ctx.now(), ctx.pseudonyms));
        if (!settled) await complete(queue, job, session);
        settled = true;
      };
      await fn({ ...ctx, db: session, commit });
      if (!settled) await commit(new UnitOfWork());
    });
  }

  async function runOne(queue: QueueName, job: BossJob): Promise<JobResult> {
    const record = recordOf(queue, job);
    const handler = o.handlers[queue];
    try {
      // A lost race (another job changed the case between our read and our write) is settled by reading again,
      // at once: a few tries before it counts as a failure.
      for (let lost = 0; ; lost++) {
        try {
          await inJob(queue, job, record, (jobCtx) => handler.run(jobCtx, record));
          break;
        } catch (err) {
          if (!(err instanceof ConflictError) || lost >= 2) throw err;
        }
      }
      return { id: job.id, status: 'completed' };
    } catch (err) {
      if (err instanceof ClaimLostError) return { id: job.id, status: 'failed', output: { reason: errorReason(err) } };
      const cause = err instanceof FailedWith ? err.failure : err;
      if (err instanceof FailedWith)
        await ctx.db.commit(changesOf(err.uow, ctx.now(), ctx.pseudonyms)).catch(() => undefined);
      const reason = errorReason(cause);
      if (isTransient(cause)) {
        try {
          await resendAfterOutage(queue, job, record);
          return { id: job.id, status: 'completed' };
        } catch (e) {
          ctx.logger.warn({ jobId: record.id, queue, reason: errorReason(e) }, 'could not re-send job after outage');
        }
      }
      const last = job.retryCount >= job.retryLimit && !isTransient(cause);
      ctx.logger[last ? 'warn' : 'info'](
        { jobId: record.id, queue, attempt: record.attempts, reason },
        last ? 'job failed for the last time' : 'job failed, retrying',
      );
      // pg-boss retries with back-off, or after the last attempt copies the job to the dead-letter queue.
      return { id: job.id, status: 'failed', output: { reason } };
    }
  }

  /**
   * An outage must not use up attempts, and pg-boss counts every failure. So the job completes and a successor
   * (deterministic id, same key and payload) starts after a back-off, carrying the attempts used by real failures;
   * both in one transaction, so the work is never lost nor doubled.
   */
  async function resendAfterOutage(queue: QueueName, job: BossJob, record: JobRecord) {
    const outages = (job.data.__outages ?? 0) + 1;
    const used = record.attempts - 1;
    await o.db.exclusive([], async (session) => {
      await complete(queue, job, session);
      await boss.send(
        queue,
        { ...job.data, __used: used, __outages: outages },
        {
          ...sendOptions({ queue, maxAttempts: record.maxAttempts - used }),
          id: derivedId('outage', job.id),
          startAfter: Math.ceil(backoffMs(outages, 1000, 60_000) / 1000),
          db: session.bossDb,
        },
      );
    });
  }

  /** A job that ran out of attempts (or expired on its last) arrives here: the dead-letter handler, once. */
  async function runDead(job: BossJob): Promise<JobResult> {
    const queue = job.sourceName as QueueName | null;
    const retries = job.sourceRetryCount ?? 0;
    const record = queue ? recordOf(queue, { ...job, retryCount: retries, retryLimit: retries }) : null;
    const out = job.sourceOutput as { reason?: unknown; message?: unknown } | null;
    // Our own failures carry `reason`; pg-boss's (expiry, missed heartbeat) a fixed `message`.
    const reason =
      typeof out?.reason === 'string'
        ? out.reason
        : typeof out?.message === 'string'
          ? out.message.slice(0, 100)
          : 'Error';
    try {
      if (!record || !queue) {
        await boss.complete(DEAD_LETTER_QUEUE, { id: job.id, retryCount: job.retryCount });
        return { id: job.id, status: 'completed' };
      }
      ctx.logger.warn({ jobId: record.id, queue, reason }, 'job dead-lettered');
      const handler = o.handlers[queue];
      await inJob(DEAD_LETTER_QUEUE, job, record, async (jobCtx) => handler.dead?.(jobCtx, record, reason));
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
    localConcurrency: 1,
    includeMetadata: true as const,
    // We settle each job ourselves inside its transaction; pg-boss settles only what we report failed.
    perJobResults: true as const,
  });

  async function register() {
    for (const q of Object.values(QUEUES)) {
      const id = await boss.work(q.name, options(), async (jobs: BossJob[]) =>
        Promise.all(jobs.map((job) => slot(() => runOne(q.name, job)))),
      );
      workers.push({ queue: q.name, id });
    }
    const id = await boss.work(DEAD_LETTER_QUEUE, options(), async (jobs: BossJob[]) =>
      Promise.all(jobs.map((job) => slot(() => runDead(job)))),
    );
    workers.push({ queue: DEAD_LETTER_QUEUE, id });
  }

  function poke() {
    for (const w of workers) boss.notifyWorker(w.id);
  }

  return {
    start() {
      registering ??= register().catch((err) =>
        ctx.logger.error({ reason: errorReason(err) }, 'pg-boss workers did not start'),
      );
    },
    async stop() {
      await registering;
      registering = null;
      // Waits for running jobs; what is fetched but not started stays claimed until it expires or its heartbeat stops.
      for (const w of workers.splice(0)) await boss.offWork(w.queue, { id: w.id, wait: true }).catch(() => undefined);
    },
    poke,
    async pending() {
      const { rows } = await o.db.pool.query<{ queue: string; n: number }>(
        "SELECT name AS queue, count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') GROUP BY name",
      );
      return pendingOf(rows);
    },
    async drain({ timeoutMs = 60_000 } = {}) {
      const until = Date.now() + timeoutMs;
      // Two quiet readings in a row: a job's successors are enqueued in the transaction that completes it.
      let quiet = 0;
      poke();
      while (Date.now() < until) {
        // The job table itself: getQueueStats() serves a cached snapshot. Work due now counts; a retry's back-off
        // or a job created to start later (a deadline) does not.
        const { rows } = await o.db.pool.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active' OR (state IN ('created', 'retry') AND start_after <= now())",
        );
        quiet = rows[0].n === 0 ? quiet + 1 : 0;
        if (quiet >= 2) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('drain timed out');
    },
  };
}
