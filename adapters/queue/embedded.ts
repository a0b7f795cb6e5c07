// Durable job runner on the embedded database (node:sqlite, D1): jobs are rows of the `jobs` table (the only module
// that writes it), claimed in batches, kept apart per key, and completed in the same commit as their effects.
// Survives SIGKILL: active jobs of a dead process are reclaimed on start. While jobs wait for a key held by another
// runner it backs off instead of polling the database in a tight loop.

import { changesOf } from '../../src/app/commit.ts';
import type { AppContext } from '../../src/app/context.ts';
import { FailedWith } from '../../src/app/errors.ts';
import type { JobHandler } from '../../src/jobs/handlers.ts';
import {
  backoffMs,
  errorReason,
  isTransient,
  type JobRecord,
  type JobRunner,
  maxAttemptsOf,
  type NewJob,
  pendingOf,
  type QueueName,
} from '../../src/ports/jobs.ts';
import { ConflictError, type Database } from '../../src/store/database.ts';
import { int, type Row, textOrNull } from '../../src/store/rows.ts';
import { chunked, insertMany, json, list, sql, WRITE_LIST_LIMIT, type Write } from '../../src/store/sql.ts';
import { UnitOfWork } from '../../src/store/unit-of-work.ts';
import { lanesOf } from './lanes.ts';

/** Rows that enqueue jobs inside the business commit (the transactional outbox on SQLite and D1). */
export function jobWrites(jobs: readonly NewJob[]): Write[] {
  const now = Date.now();
  return [
    insertMany(
      'jobs',
      ['id', 'queue', 'key', 'payload', 'status', 'run_at', 'attempts', 'max_attempts', 'created_at', 'updated_at'],
      jobs.map((j) => {
        const at = j.runAt ?? now;
        return [
          j.id,
          j.queue,
          j.key ?? null,
          json(j.payload),
          'queued',
          at,
          0,
          j.maxAttempts ?? maxAttemptsOf(j.queue),
          at,
          at,
        ];
      }),
      'ignore',
    ),
  ];
}

export interface EmbeddedRunnerOptions {
  db: Database;
  ctx: AppContext;
  handlers: Readonly<Record<QueueName, JobHandler>>;
  pollMs?: number;
  batchSize?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  lockMs?: number;
  /** Lanes (jobs of one key or declarant) run side by side, up to this many. */
  concurrency?: number;
  /** Requeue every active job at start: right for one process per database file, wrong where isolates share D1. */
  recoverOnStart?: boolean;
}

const decodeJob = (r: Row): JobRecord => ({
  id: String(r.id),
  queue: r.queue as QueueName,
  key: textOrNull(r.key),
  payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : (r.payload as Record<string, unknown>),
  attempts: int(r.attempts),
  maxAttempts: int(r.max_attempts),
});

export function createEmbeddedRunner(o: EmbeddedRunnerOptions): JobRunner {
  const { db, ctx } = o;
  const now = () => ctx.now();
  const base = o.backoffBaseMs ?? 1000;
  const max = o.backoffMaxMs ?? 60_000;
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let recovered = false;

  async function recover() {
    if (recovered) return;
    recovered = true;
    // One process per database file: anything still active was cut off by a crash.
    if (o.recoverOnStart !== false)
      await db.commit({
        writes: [sql`UPDATE jobs SET status = 'queued', locked_until = NULL WHERE status = 'active'`],
        jobs: [],
      });
  }

  // Two parts, each walking its index in order and stopping at the batch size: due jobs oldest first, and jobs whose
  // claim lapsed (a dead runner's). One query with OR would sort every due job on each claim.
  const free = (t: number) =>
    sql`(j.key IS NULL OR NOT EXISTS (SELECT 1 FROM jobs a WHERE a.key = j.key AND a.status = 'active' AND a.locked_until >= ${t} AND a.id <> j.id))`;
  async function claim(): Promise<JobRecord[]> {
    const t = now();
    const n = o.batchSize ?? 100;
    const rows =
      await db.all<Row>(sql`UPDATE jobs SET status = 'active', locked_until = ${t + (o.lockMs ?? 300_000)}, attempts = attempts + 1, updated_at = ${t}
      WHERE id IN (
        SELECT id FROM (SELECT j.id FROM jobs j WHERE j.status = 'queued' AND j.run_at <= ${t} AND ${free(t)} ORDER BY j.run_at LIMIT ${n})
        UNION ALL
        SELECT id FROM (SELECT j.id FROM jobs j WHERE j.status = 'active' AND j.locked_until < ${t} AND ${free(t)} LIMIT ${n}))
      RETURNING id, queue, key, payload, attempts, max_attempts`);
    return rows.map(decodeJob);
  }

  const settle = (
    job: JobRecord,
    status: string,
    extra: { runAt?: number; attempts?: number; error?: string } = {},
  ): Write => sql`UPDATE jobs
    SET status = ${status}, locked_until = NULL, updated_at = ${now()}, last_error = ${extra.error ?? null},
      run_at = ${extra.runAt ?? now()}, attempts = ${extra.attempts ?? job.attempts} WHERE id = ${job.id}`;

  /** A context whose first commit also settles the job (done, or dead for the dead-letter handler). */
  function jobContext(job: JobRecord, status: 'done' | 'dead', error?: string) {
    let settled = false;
    const commit = async (uow: UnitOfWork) => {
      const changes = changesOf(uow, now(), ctx.pseudonyms);
      const writes = settled ? changes.writes : [...changes.writes, settle(job, status, { error })];
      settled = true;
      await db.commit({ writes, jobs: changes.jobs });
      if (changes.jobs.length) wake?.();
    };
    return { ctx: { ...ctx, commit }, finish: () => (settled ? Promise.resolve() : commit(new UnitOfWork())) };
  }

  async function runOne(job: JobRecord) {
    const handler = o.handlers[job.queue];
    for (let lost = 0; ; lost++) {
      try {
        const { ctx: jobCtx, finish } = jobContext(job, 'done');
        await handler.run(jobCtx, job);
        await finish();
        return;
      } catch (err) {
        // A lost race is settled by reading again, at once: a few tries before it counts as a failure.
        if (err instanceof ConflictError && lost < 2) continue;
        await failed(job, handler, err);
        return;
      }
    }
  }

  async function failed(job: JobRecord, handler: JobHandler, err: unknown) {
    const cause = err instanceof FailedWith ? err.failure : err;
    const trace = err instanceof FailedWith ? changesOf(err.uow, now(), ctx.pseudonyms) : { writes: [], jobs: [] };
    const reason = errorReason(cause);
    const t = now();
    if (isTransient(cause)) {
      // An outage or a lost race delays work; it never uses up attempts.
      await db.commit({
        writes: [
          ...trace.writes,
          settle(job, 'queued', {
            runAt: t + backoffMs(job.attempts, base, max),
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
      const { ctx: deadCtx, finish } = jobContext(job, 'dead', reason);
      await handler
        .dead?.(deadCtx, job, reason)
        .catch((e) => ctx.logger.error({ jobId: job.id, reason: errorReason(e) }, 'dead-letter handler failed'));
      await finish();
      return;
    }
    ctx.logger.info({ jobId: job.id, queue: job.queue, attempt: job.attempts, reason }, 'job failed, retrying');
    await db.commit({
      writes: [
        ...trace.writes,
        settle(job, 'queued', { runAt: t + backoffMs(job.attempts, base, max), error: reason }),
      ],
      jobs: trace.jobs,
    });
  }

  // Finished jobs hold only ids, never personal data; they are kept a week for inspection, then removed.
  let cleanedAt = 0;
  async function cleanUp() {
    const t = now();
    if (t - cleanedAt < 3_600_000) return;
    cleanedAt = t;
    await db.commit({
      writes: [sql`DELETE FROM jobs WHERE status = 'done' AND updated_at < ${t - 7 * 86_400_000}`],
      jobs: [],
    });
  }

  /**
   * Runs one claimed batch: jobs sharing a key or lane in order, different lanes side by side. Past `deadline` no
   * job starts: those left go back to the queue at once (a Worker's drain must end before its isolate does, and a
   * job it held would otherwise wait for its lock to expire).
   */
  async function tick(deadline = Number.POSITIVE_INFINITY): Promise<number> {
    await recover();
    await cleanUp();
    const jobs = await claim();
    const lanes = lanesOf(jobs);
    const left: JobRecord[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(o.concurrency ?? 64, lanes.length) }, async () => {
        while (next < lanes.length) {
          const lane = lanes[next++];
          for (let i = 0; i < lane.length; i++) {
            if (Date.now() >= deadline) {
              left.push(...lane.slice(i));
              break;
            }
            await runOne(lane[i]);
          }
        }
      }),
    );
    if (left.length) await release(left);
    return jobs.length - left.length;
  }

  /** Claimed but not started: queued again, the claim's attempt not counted. */
  const release = (jobs: readonly JobRecord[]) =>
    db.commit({
      writes: chunked(
        jobs.map((j) => j.id),
        WRITE_LIST_LIMIT,
      ).map(
        (ids) => sql`UPDATE jobs SET status = 'queued', locked_until = NULL, attempts = attempts - 1
          WHERE id IN ${list(ids)} AND status = 'active'`,
      ),
      jobs: [],
    });

  async function dueCount(): Promise<number> {
    const [r] = await db.all<Row>(sql`SELECT count(*) AS n FROM jobs WHERE status = 'queued' AND run_at <= ${now()}`);
    return int(r?.n ?? 0);
  }

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function run() {
    while (running) {
      let n = 0;
      try {
        n = await tick();
      } catch (err) {
        ctx.logger.error({ reason: errorReason(err) }, 'job runner tick failed');
      }
      if (n > 0) continue;
      await sleep(o.pollMs ?? 250);
      wake = null;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
    poke() {
      wake?.();
    },
    async pending() {
      return pendingOf(
        await db.all<{ queue: string; n: number }>(
          sql`SELECT queue, count(*) AS n FROM (SELECT queue FROM jobs WHERE status = 'queued' UNION ALL SELECT queue FROM jobs WHERE status = 'active') GROUP BY queue`,
        ),
      );
    },
    async drain({ timeoutMs = 20_000 } = {}) {
      const until = Date.now() + timeoutMs;
      let idle = 10;
      while (Date.now() < until) {
        if ((await tick(until)) > 0) {
          idle = 10;
          continue;
        }
        if ((await dueCount()) === 0) return;
        // Due jobs wait for a key another runner holds: back off rather than poll in a tight loop.
        await new Promise((r) => setTimeout(r, idle));
        idle = Math.min(idle * 2, 1000);
      }
      throw new Error('drain timed out');
    },
  };
}
