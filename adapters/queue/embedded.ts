// Durable job runner on the embedded database (SQLite/libsql): jobs are rows, claimed in batches,
// serialised per key, completed in the same atomic write as their effects. Survives SIGKILL: active jobs
// of a dead process are reclaimed on start.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import type { Logger } from '../../src/log.ts';
import { backoffMs, errorReason, isTransient, type JobHandlers, type JobRecord, type JobRunner } from '../../src/jobs/runner.ts';

export interface EmbeddedRunnerOptions {
  database: Database;
  handlers: JobHandlers;
  logger: Logger;
  now: () => number;
  pollMs?: number;
  batchSize?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  lockMs?: number;
  /** Jobs of different keys run side by side, up to this many (their commits are grouped). */
  concurrency?: number;
  /** Requeue every active job at start: right for one process per database file, wrong where isolates share D1. */
  recoverOnStart?: boolean;
}

/**
 * Splits claimed jobs into lanes that may run side by side: jobs sharing a key (one case) or a lane label
 * (one declarant, whose children's cases read each other) end up in the same lane, in claim order.
 */
export function lanesOf(jobs: JobRecord[]): JobRecord[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string) => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    parent.set(find(a), find(b));
  };
  for (const j of jobs) {
    const key = `k:${j.key ?? j.id}`;
    union(key, key);
    if (typeof j.payload.lane === 'string') union(key, `l:${j.payload.lane}`);
  }
  const lanes = new Map<string, JobRecord[]>();
  for (const j of jobs) {
    const root = find(`k:${j.key ?? j.id}`);
    lanes.set(root, [...(lanes.get(root) ?? []), j]);
  }
  return [...lanes.values()];
}

export function createEmbeddedRunner(o: EmbeddedRunnerOptions): JobRunner {
  const { db, t } = o.database;
  const pollMs = o.pollMs ?? 250;
  const batchSize = o.batchSize ?? 100;
  const base = o.backoffBaseMs ?? 1000;
  const max = o.backoffMaxMs ?? 60_000;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let recovered = false;

  async function recover() {
    if (recovered) return;
    recovered = true;
    if (o.recoverOnStart === false) return;
    // Single process per database file: anything still active was cut off by a crash.
    await db.update(t.jobs).set({ status: 'queued', lockedUntil: null }).where(eq(t.jobs.status, 'active'));
  }

  async function claim(): Promise<JobRecord[]> {
    const now = o.now();
    const rows = await db.all<{ id: string; queue: string; key: string | null; payload: string; attempts: number; max_attempts: number }>(sql`
      update jobs set status = 'active', locked_until = ${now + (o.lockMs ?? 300_000)}, attempts = attempts + 1, updated_at = ${now}
      where id in (
        select j.id from jobs j
        where ((j.status = 'queued' and j.run_at <= ${now}) or (j.status = 'active' and j.locked_until < ${now}))
          and (j.key is null or not exists (select 1 from jobs a where a.key = j.key and a.status = 'active' and a.locked_until >= ${now} and a.id <> j.id))
        order by j.run_at limit ${batchSize})
      returning id, queue, key, payload, attempts, max_attempts`);
    return rows.map((r) => ({ id: r.id, queue: r.queue as JobRecord['queue'], key: r.key, payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload, attempts: r.attempts, maxAttempts: r.max_attempts }));
  }

  async function runOne(job: JobRecord) {
    const handler = o.handlers[job.queue];
    const now = o.now();
    try {
      if (!handler) throw new Error(`no handler for ${job.queue}`);
      const ops = await handler.run(job);
      await o.database.atomic((d) => [...(ops ? ops(d) : []), d.update(t.jobs).set({ status: 'done', lockedUntil: null, updatedAt: now, lastError: null }).where(eq(t.jobs.id, job.id))]);
    } catch (err) {
      const reason = errorReason(err);
      if (isTransient(err)) {
        await db.update(t.jobs).set({ status: 'queued', attempts: Math.max(0, job.attempts - 1), runAt: now + backoffMs(job.attempts, base, max), lastError: reason, updatedAt: now }).where(eq(t.jobs.id, job.id));
        return;
      }
      if (job.attempts >= job.maxAttempts) {
        o.logger.warn({ jobId: job.id, queue: job.queue, reason }, 'job dead-lettered');
        const ops = await handler?.dead?.(job, reason).catch(() => undefined);
        await o.database.atomic((d) => [...(ops ? ops(d) : []), d.update(t.jobs).set({ status: 'dead', lastError: reason, updatedAt: now }).where(eq(t.jobs.id, job.id))]);
        return;
      }
      o.logger.info({ jobId: job.id, queue: job.queue, attempt: job.attempts, reason }, 'job failed, retrying');
      await db.update(t.jobs).set({ status: 'queued', runAt: now + backoffMs(job.attempts, base, max), lastError: reason, updatedAt: now }).where(eq(t.jobs.id, job.id));
    }
  }

  /** Runs one claimed batch: jobs sharing a key in order, one after the other; different keys side by side. */
  async function tick(): Promise<number> {
    await recover();
    const jobs = await claim();
    const lanes = lanesOf(jobs);
    const concurrency = o.concurrency ?? 16;
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, lanes.length) }, async () => {
        while (next < lanes.length) {
          const lane = lanes[next++];
          for (const job of lane) await runOne(job);
        }
      }),
    );
    return jobs.length;
  }

  async function run() {
    while (running) {
      let n = 0;
      try {
        n = await tick();
      } catch (err) {
        o.logger.error({ reason: errorReason(err) }, 'job runner tick failed');
      }
      if (n > 0) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, pollMs);
      });
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
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
    poke() {
      wake?.();
    },
    async drain({ timeoutMs = 20_000 } = {}) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if ((await tick()) === 0) {
          const [left] = await db.select({ n: sql<number>`count(*)` }).from(t.jobs).where(and(eq(t.jobs.status, 'queued'), lt(t.jobs.runAt, o.now() + 1)));
          if (Number(left.n) === 0) return;
        }
      }
      throw new Error('drain timed out');
    },
  };
}
