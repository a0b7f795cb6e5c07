// Job runner on pg-boss with the embedded runner's semantics: a job's reads, writes and completion happen in one
// transaction; failures retry with back-off and end in the dead-letter queue, where the dead-letter handler runs;
// an outage (isTransient) never uses up attempts; jobs sharing a key never overlap.
//
// Per-key exclusion is a PostgreSQL advisory lock, not a queue policy: our keys span queues (several queues work on
// one case), and key_strict_fifo also holds a key back for good once one of its jobs failed terminally. So each job
// runs in a transaction that first takes advisory locks on its key and its lane (the declarant, whose children's
// cases read each other): every process waits there, and the locks go with the commit that completes the job.
// Running one job is pgboss-run.ts; this module registers the workers and watches the queues.
import type { AppContext } from '../../src/app/context.ts';
import type { JobHandler } from '../../src/jobs/handlers.ts';
import { errorReason, type JobRunner, pendingOf, QUEUES, type QueueName } from '../../src/ports/jobs.ts';
import type { PgDatabase } from '../store/postgres.ts';
import { limiter } from './limiter.ts';
import { DEAD_LETTER_QUEUE } from './pgboss-queues.ts';
import { type BossJob, runDead, runOne } from './pgboss-run.ts';

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

// Pending as on the embedded runner: due, retrying (also an outage's successor, which carries __outages) or
// running; not a job first created to start later (a re-assessment on a departure date).
const PENDING =
  'SELECT name AS queue, count(*)::int AS n FROM pgboss.job ' +
  "WHERE state IN ('retry', 'active') OR (state = 'created' AND (start_after <= now() OR data ? '__outages')) " +
  'GROUP BY name';

// The job table itself: getQueueStats() serves a cached snapshot. Work due now counts; a retry's back-off or a job
// created to start later (a deadline) does not.
const BUSY =
  'SELECT count(*)::int AS n FROM pgboss.job ' +
  "WHERE state = 'active' OR (state IN ('created', 'retry') AND start_after <= now())";

const workOptions = (o: PgBossRunnerOptions) => ({
  batchSize: o.batchSize ?? 20,
  // A full batch means more work waiting: fetch again at once.
  burstWhenBatchFull: true,
  pollingIntervalSeconds: o.pollingIntervalSeconds ?? 0.5,
  localConcurrency: 1,
  includeMetadata: true as const,
  // We settle each job ourselves inside its transaction; pg-boss settles only what we report failed.
  perJobResults: true as const,
});

export function createPgBossRunner(o: PgBossRunnerOptions): JobRunner {
  const { boss } = o.db;
  const { ctx } = o;
  const slot = limiter(o.maxRunning ?? 10);
  const workers: { queue: string; id: string }[] = [];
  let registering: Promise<unknown> | null = null;

  async function register() {
    for (const q of Object.values(QUEUES)) {
      const id = await boss.work(q.name, workOptions(o), async (jobs: BossJob[]) =>
        Promise.all(jobs.map((job) => slot(() => runOne(o, q.name, job)))),
      );
      workers.push({ queue: q.name, id });
    }
    const id = await boss.work(DEAD_LETTER_QUEUE, workOptions(o), async (jobs: BossJob[]) =>
      Promise.all(jobs.map((job) => slot(() => runDead(o, job)))),
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
      const { rows } = await o.db.pool.query<{ queue: string; n: number }>(PENDING);
      return pendingOf(rows);
    },
    async drain({ timeoutMs = 60_000 } = {}) {
      const until = Date.now() + timeoutMs;
      // Two quiet readings in a row: a job's successors are enqueued in the transaction that completes it.
      let quiet = 0;
      poke();
      while (Date.now() < until) {
        const { rows } = await o.db.pool.query<{ n: number }>(BUSY);
        quiet = rows[0].n === 0 ? quiet + 1 : 0;
        if (quiet >= 2) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('drain timed out');
    },
  };
}
