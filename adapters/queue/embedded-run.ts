// Runs one claimed job of the embedded runner: the handler's first commit also settles the job; a lost race is
// retried at once; other failures back off, retry or end in the dead-letter handler, each in one commit.

import { changesOf } from '../../src/app/commit.ts';
import type { AppContext } from '../../src/app/context.ts';
import { FailedWith } from '../../src/app/errors.ts';
import type { JobHandler } from '../../src/jobs/handlers.ts';
import { backoffMs, errorReason, isTransient, type JobRecord, type QueueName } from '../../src/ports/jobs.ts';
import { ConflictError, type Database } from '../../src/store/database.ts';
import { UnitOfWork } from '../../src/store/unit-of-work.ts';
import { settleWrite } from './embedded-table.ts';

/** What running a job needs from its runner. */
export interface JobRun {
  db: Database;
  ctx: AppContext;
  handlers: Readonly<Record<QueueName, JobHandler>>;
  now: () => number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Called after a commit that enqueued jobs, so the runner picks them up without waiting for its poll. */
  onEnqueued: () => void;
}

/** A context whose first commit also settles the job (done, or dead for the dead-letter handler). */
function jobContext(r: JobRun, job: JobRecord, status: 'done' | 'dead', error?: string) {
  let settled = false;
  const commit = async (uow: UnitOfWork) => {
    const changes = changesOf(uow, r.now(), r.ctx.pseudonyms);
    const writes = settled ? changes.writes : [...changes.writes, settleWrite(job, status, r.now, { error })];
    settled = true;
    await r.db.commit({ writes, jobs: changes.jobs });
    if (changes.jobs.length) r.onEnqueued();
  };
  return { ctx: { ...r.ctx, commit }, finish: () => (settled ? Promise.resolve() : commit(new UnitOfWork())) };
}

export async function runJob(r: JobRun, job: JobRecord) {
  const handler = r.handlers[job.queue];
  for (let lost = 0; ; lost++) {
    try {
      const { ctx: jobCtx, finish } = jobContext(r, job, 'done');
      await handler.run(jobCtx, job);
      await finish();
      return;
    } catch (err) {
      // A lost race is settled by reading again, at once: a few tries before it counts as a failure.
      if (err instanceof ConflictError && lost < 2) continue;
      await failed(r, job, handler, err);
      return;
    }
  }
}

async function failed(r: JobRun, job: JobRecord, handler: JobHandler, err: unknown) {
  const { db, ctx } = r;
  const cause = err instanceof FailedWith ? err.failure : err;
  const trace = err instanceof FailedWith ? changesOf(err.uow, r.now(), ctx.pseudonyms) : { writes: [], jobs: [] };
  const reason = errorReason(cause);
  const t = r.now();
  const backoff = () => backoffMs(job.attempts, r.backoffBaseMs, r.backoffMaxMs);
  if (isTransient(cause)) {
    // An outage or a lost race delays work; it never uses up attempts.
    await db.commit({
      writes: [
        ...trace.writes,
        settleWrite(job, 'queued', r.now, {
          runAt: t + backoff(),
          attempts: Math.max(0, job.attempts - 1),
          error: reason,
        }),
      ],
      jobs: trace.jobs,
    });
    return;
  }
  if (job.attempts >= job.maxAttempts) {
    ctx.logger.warn({ jobId: job.id, queue: job.queue, reason }, 'job dead-lettered');
    await db.commit({ writes: trace.writes, jobs: trace.jobs });
    const { ctx: deadCtx, finish } = jobContext(r, job, 'dead', reason);
    await handler
      .dead?.(deadCtx, job, reason)
      .catch((e) => ctx.logger.error({ jobId: job.id, reason: errorReason(e) }, 'dead-letter handler failed'));
    await finish();
    return;
  }
  ctx.logger.info({ jobId: job.id, queue: job.queue, attempt: job.attempts, reason }, 'job failed, retrying');
  await db.commit({
    writes: [...trace.writes, settleWrite(job, 'queued', r.now, { runAt: t + backoff(), error: reason })],
    jobs: trace.jobs,
  });
}
