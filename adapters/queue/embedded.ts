// Durable job runner on the embedded database (node:sqlite, D1): jobs are rows of the `jobs` table (written only by
// embedded-table.ts), claimed in batches, kept apart per key, and completed in the
// same commit as their effects. Survives SIGKILL: active jobs of a dead process are reclaimed on start. While jobs
// wait for a key held by another runner it backs off instead of polling the database in a tight loop.

import type { AppContext } from '../../src/app/context.ts';
import type { JobHandler } from '../../src/jobs/handlers.ts';
import { errorReason, type JobRecord, type JobRunner, type QueueName } from '../../src/ports/jobs.ts';
import type { Database } from '../../src/store/database.ts';
import { type JobRun, runJob } from './embedded-run.ts';
import { claimJobs, dueCount, pendingJobs, releaseJobs, removeDone, requeueActive } from './embedded-table.ts';

export { jobWrites } from './embedded-table.ts';

import { lanesOf } from './lanes.ts';

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

/**
 * Runs claimed lanes: jobs of one lane in order, up to `concurrency` lanes side by side. Past `deadline` no job
 * starts; the jobs left are returned.
 */
async function runLanes(
  lanes: readonly JobRecord[][],
  concurrency: number,
  deadline: number,
  run: (job: JobRecord) => Promise<void>,
): Promise<JobRecord[]> {
  const left: JobRecord[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, lanes.length) }, async () => {
      while (next < lanes.length) {
        const lane = lanes[next++];
        for (let i = 0; i < lane.length; i++) {
          if (Date.now() >= deadline) {
            left.push(...lane.slice(i));
            break;
          }
          await run(lane[i]);
        }
      }
    }),
  );
  return left;
}

/** Ticks until nothing is due; throws once `timeoutMs` has passed. */
async function drainBy(tick: (deadline: number) => Promise<number>, due: () => Promise<number>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  let idle = 10;
  while (Date.now() < until) {
    if ((await tick(until)) > 0) {
      idle = 10;
      continue;
    }
    if ((await due()) === 0) return;
    // Due jobs wait for a key another runner holds: back off rather than poll in a tight loop.
    await new Promise((r) => setTimeout(r, idle));
    idle = Math.min(idle * 2, 1000);
  }
  throw new Error('drain timed out');
}

export function createEmbeddedRunner(o: EmbeddedRunnerOptions): JobRunner {
  const { db, ctx } = o;
  const now = () => ctx.now();
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let recovered = false;
  let cleanedAt = 0;
  const jobRun: JobRun = {
    db,
    ctx,
    handlers: o.handlers,
    now,
    backoffBaseMs: o.backoffBaseMs ?? 1000,
    backoffMaxMs: o.backoffMaxMs ?? 60_000,
    onEnqueued: () => wake?.(),
  };

  async function recover() {
    if (recovered) return;
    recovered = true;
    if (o.recoverOnStart !== false) await requeueActive(db);
  }

  // At most once an hour.
  async function cleanUp() {
    const t = now();
    if (t - cleanedAt < 3_600_000) return;
    cleanedAt = t;
    await removeDone(db, t);
  }

  /**
   * Runs one claimed batch: jobs sharing a key or lane in order, different lanes side by side. Past `deadline` no
   * job starts: those left go back to the queue at once (a Worker's drain must end before its isolate does, and a
   * job it held would otherwise wait for its lock to expire).
   */
  async function tick(deadline = Number.POSITIVE_INFINITY): Promise<number> {
    await recover();
    await cleanUp();
    const jobs = await claimJobs(db, now(), o.batchSize ?? 100, o.lockMs ?? 300_000);
    const left = await runLanes(lanesOf(jobs), o.concurrency ?? 64, deadline, (job) => runJob(jobRun, job));
    if (left.length) await releaseJobs(db, left);
    return jobs.length - left.length;
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
    pending: () => pendingJobs(db, now()),
    drain: ({ timeoutMs = 20_000 } = {}) => drainBy(tick, () => dueCount(db, now()), timeoutMs),
  };
}
