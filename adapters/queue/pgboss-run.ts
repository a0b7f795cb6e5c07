// Runs one pg-boss job with the embedded runner's semantics (see pgboss.ts): the job's reads, writes and completion
// in one transaction under advisory locks on its key and lane; a lost race retried at once; an outage re-sent
// without using up attempts; the dead-letter handler once a job ran out of attempts.
import type { Job, JobResult, JobWithMetadata } from 'pg-boss';
import { changesOf } from '../../src/app/commit.ts';
import type { AppContext } from '../../src/app/context.ts';
import { FailedWith } from '../../src/app/errors.ts';
import { derivedId } from '../../src/ids.ts';
import type { JobHandler } from '../../src/jobs/handlers.ts';
import { backoffMs, errorReason, isTransient, type JobRecord, type QueueName } from '../../src/ports/jobs.ts';
import { ConflictError } from '../../src/store/database.ts';
import { UnitOfWork } from '../../src/store/unit-of-work.ts';
import type { PgDatabase, PgSession } from '../store/postgres.ts';
import { DEAD_LETTER_QUEUE, sendOptions } from './pgboss-queues.ts';

/** Besides the payload: our id and key, and for a job re-sent after an outage the attempts already used. */
type Payload = Record<string, unknown> & { __jobId: string; __key: string | null; __used?: number; __outages?: number };
export type BossJob = JobWithMetadata<Payload>;

/** What running a job needs from its runner. */
export interface BossJobRun {
  db: PgDatabase;
  ctx: AppContext;
  handlers: Readonly<Record<QueueName, JobHandler>>;
}

class ClaimLostError extends Error {
  override name = 'ClaimLostError';
}

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
async function complete(r: BossJobRun, queue: string, job: Job<Payload>, session: PgSession) {
  const res = (await r.db.boss.complete(queue, { id: job.id, retryCount: job.retryCount }, undefined, {
    db: session.bossDb,
  })) as { affected?: number };
  if (res.affected !== 1) throw new ClaimLostError(`job ${job.id} is no longer claimed by this worker`);
}

/** Runs `fn` with a context on the job's transaction whose first commit also completes the job. */
function inJob(
  r: BossJobRun,
  queue: string,
  job: Job<Payload>,
  record: JobRecord,
  fn: (jobCtx: AppContext) => Promise<unknown>,
) {
  const { ctx } = r;
  return r.db.exclusive(locksOf(record), async (session) => {
    // A job's effects and its completion commit together: should PostgreSQL lose this commit in a crash, it loses
    // both, and the job runs again. So the job need not wait for the WAL flush (intake still does).
    await session.bossDb.executeSql('SET LOCAL synchronous_commit = off');
    let settled = false;
    const commit = async (uow: UnitOfWork) => {
      await session.commit(changesOf(uow, ctx.now(), ctx.pseudonyms));
      if (!settled) await complete(r, queue, job, session);
      settled = true;
    };
    await fn({ ...ctx, db: session, commit });
    if (!settled) await commit(new UnitOfWork());
  });
}

export async function runOne(r: BossJobRun, queue: QueueName, job: BossJob): Promise<JobResult> {
  const record = recordOf(queue, job);
  const handler = r.handlers[queue];
  try {
    // A lost race (another job changed the case between our read and our write) is settled by reading again,
    // at once: a few tries before it counts as a failure.
    for (let lost = 0; ; lost++) {
      try {
        await inJob(r, queue, job, record, (jobCtx) => handler.run(jobCtx, record));
        break;
      } catch (err) {
        if (!(err instanceof ConflictError) || lost >= 2) throw err;
      }
    }
    return { id: job.id, status: 'completed' };
  } catch (err) {
    return failed(r, queue, job, record, err);
  }
}

/** A failed run: re-sent after an outage, else reported failed so pg-boss retries or dead-letters it. */
async function failed(
  r: BossJobRun,
  queue: QueueName,
  job: BossJob,
  record: JobRecord,
  err: unknown,
): Promise<JobResult> {
  const { ctx } = r;
  if (err instanceof ClaimLostError) return failedWith(job, errorReason(err));
  const cause = err instanceof FailedWith ? err.failure : err;
  if (err instanceof FailedWith)
    await ctx.db.commit(changesOf(err.uow, ctx.now(), ctx.pseudonyms)).catch(() => undefined);
  const reason = errorReason(cause);
  if (isTransient(cause) && (await resent(r, queue, job, record))) return { id: job.id, status: 'completed' };
  const last = job.retryCount >= job.retryLimit && !isTransient(cause);
  ctx.logger[last ? 'warn' : 'info'](
    { jobId: record.id, queue, attempt: record.attempts, reason },
    last ? 'job failed for the last time' : 'job failed, retrying',
  );
  // pg-boss retries with back-off, or after the last attempt copies the job to the dead-letter queue.
  return failedWith(job, reason);
}

const failedWith = (job: BossJob, reason: string): JobResult => ({ id: job.id, status: 'failed', output: { reason } });

/** Whether the job was re-sent after an outage; if not, it fails like any other error. */
async function resent(r: BossJobRun, queue: QueueName, job: BossJob, record: JobRecord): Promise<boolean> {
  try {
    await resendAfterOutage(r, queue, job, record);
    return true;
  } catch (e) {
    r.ctx.logger.warn({ jobId: record.id, queue, reason: errorReason(e) }, 'could not re-send job after outage');
    return false;
  }
}

/**
 * An outage must not use up attempts, and pg-boss counts every failure. So the job completes and a successor
 * (deterministic id, same key and payload) starts after a back-off, carrying the attempts used by real failures;
 * both in one transaction, so the work is never lost nor doubled.
 */
async function resendAfterOutage(r: BossJobRun, queue: QueueName, job: BossJob, record: JobRecord) {
  const outages = (job.data.__outages ?? 0) + 1;
  const used = record.attempts - 1;
  await r.db.exclusive([], async (session) => {
    await complete(r, queue, job, session);
    await r.db.boss.send(
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

/** Our own failures carry `reason`; pg-boss's (expiry, missed heartbeat) a fixed `message`. */
function deadReason(job: BossJob): string {
  const out = job.sourceOutput as { reason?: unknown; message?: unknown } | null;
  if (typeof out?.reason === 'string') return out.reason;
  return typeof out?.message === 'string' ? out.message.slice(0, 100) : 'Error';
}

/** A job that ran out of attempts (or expired on its last) arrives here: the dead-letter handler, once. */
export async function runDead(r: BossJobRun, job: BossJob): Promise<JobResult> {
  const queue = job.sourceName as QueueName | null;
  const retries = job.sourceRetryCount ?? 0;
  const record = queue ? recordOf(queue, { ...job, retryCount: retries, retryLimit: retries }) : null;
  const reason = deadReason(job);
  try {
    if (!record || !queue) {
      await r.db.boss.complete(DEAD_LETTER_QUEUE, { id: job.id, retryCount: job.retryCount });
      return { id: job.id, status: 'completed' };
    }
    r.ctx.logger.warn({ jobId: record.id, queue, reason }, 'job dead-lettered');
    const handler = r.handlers[queue];
    await inJob(r, DEAD_LETTER_QUEUE, job, record, async (jobCtx) => handler.dead?.(jobCtx, record, reason));
    return { id: job.id, status: 'completed' };
  } catch (err) {
    return failedWith(job, errorReason(err));
  }
}
