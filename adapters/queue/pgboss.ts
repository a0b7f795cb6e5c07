// Job runner on pg-boss: the same handlers as the embedded runner. A handler's writes commit in one transaction;
// pg-boss then completes the job. A crash between the two re-runs the job, which the handlers tolerate (they
// recompute, or deliver with idempotency keys). On the last attempt the handler's dead-letter writes are made.
import type { PgBoss, Job } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import type { Logger } from '../../src/log.ts';
import { QUEUES, type QueueName } from '../../src/jobs/queues.ts';
import { errorReason, isTransient, type JobHandlers, type JobRecord, type JobRunner } from '../../src/jobs/runner.ts';
import { sendOptions } from './pgboss-queues.ts';

export interface PgBossRunnerOptions {
  database: Database & { boss: PgBoss };
  handlers: JobHandlers;
  logger: Logger;
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

type Payload = Record<string, unknown> & { __jobId: string; __key: string | null };

export function createPgBossRunner(o: PgBossRunnerOptions): JobRunner {
  const boss = o.database.boss;
  const workers: string[] = [];

  async function handle(queue: QueueName, job: Job<Payload> & { retryCount: number; retryLimit: number }) {
    const { __jobId, __key, ...payload } = job.data;
    const record: JobRecord = { id: __jobId, queue, key: __key, payload, attempts: job.retryCount + 1, maxAttempts: job.retryLimit + 1 };
    const handler = o.handlers[queue];
    try {
      const ops = await handler.run(record);
      if (ops) await o.database.atomic(ops);
    } catch (err) {
      const reason = errorReason(err);
      const last = job.retryCount >= job.retryLimit;
      if (!last) throw err;
      if (isTransient(err)) {
        // An outage never kills work: hand it on as a fresh job a minute later.
        await boss.send(queue, job.data, { ...sendOptions({ id: __jobId, queue, key: __key, payload }), startAfter: 60 });
        return;
      }
      o.logger.warn({ jobId: __jobId, queue, reason }, 'job dead-lettered');
      const ops = await handler.dead?.(record, reason);
      if (ops) await o.database.atomic(ops);
    }
  }

  return {
    start() {
      for (const q of Object.values(QUEUES)) {
        boss
          // A full batch means more work waiting: fetch again at once (burst). Jobs of one batch run side by side:
          // on key_strict_fifo queues a batch never holds two jobs of one case.
          .work<Payload>(q.name, { batchSize: o.batchSize ?? 20, burstWhenBatchFull: true, pollingIntervalSeconds: o.pollingIntervalSeconds ?? 0.5, includeMetadata: true }, async (jobs) => {
            await Promise.all(jobs.map((job) => handle(q.name, job as never)));
          })
          .then((id) => workers.push(id));
      }
    },
    async stop() {
      for (const id of workers.splice(0)) await boss.offWork(id as never).catch(() => undefined);
    },
    poke() {},
    async drain({ timeoutMs = 60_000 } = {}) {
      const until = Date.now() + timeoutMs;
      let idleRounds = 0;
      while (Date.now() < until) {
        // Read the job table itself: getQueueStats() is a cached monitor snapshot.
        const res = (await (o.database.db as unknown as { execute(q: unknown): Promise<{ rows: { n: string }[] }> }).execute(
          sql`select count(*) as n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`,
        )) as { rows: { n: string }[] };
        const pending = Number(res.rows[0].n);
        idleRounds = pending === 0 ? idleRounds + 1 : 0;
        if (idleRounds >= 2) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('drain timed out');
    },
  };
}
