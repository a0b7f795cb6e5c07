// Every pg-boss queue declared in one place, from QUEUES, and our jobs as pg-boss inserts. All queues are `standard`:
// jobs sharing a key are kept apart by advisory locks in the runner (pgboss.ts), because our keys span queues and
// key_strict_fifo would block a case for good once one of its jobs had failed terminally.
import type { JobInsert, PgBoss } from 'pg-boss';
import { derivedId } from '../../src/ids.ts';
import { maxAttemptsOf, type NewJob, QUEUES } from '../../src/ports/jobs.ts';

export const DEAD_LETTER_QUEUE = 'dead-letter';

export async function declareQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(DEAD_LETTER_QUEUE);
  for (const q of Object.values(QUEUES))
    await boss.createQueue(q.name, { policy: 'standard', deadLetter: DEAD_LETTER_QUEUE });
}

export function sendOptions(job: Pick<NewJob, 'queue' | 'maxAttempts'>) {
  const max = job.maxAttempts ?? maxAttemptsOf(job.queue);
  return {
    retryLimit: Math.max(0, max - 1),
    retryDelay: 1,
    retryBackoff: true,
    retryDelayMax: 60,
    expireInSeconds: 300,
    // A worker that dies (SIGKILL) stops beating: its jobs are retried after ~10 s instead of at expiry.
    heartbeatSeconds: 10,
  };
}

/** The pg-boss job id for one of ours: a UUID derived from our deterministic id, so a second insert is a no-op. */
export const bossJobId = (jobId: string) => derivedId('job', jobId);

/**
 * Our jobs grouped per queue as pg-boss inserts (one statement per queue, however many jobs). Our id and key ride
 * in the data: pg-boss only knows its UUID, and the handlers need both. pg-boss refuses a batch naming an id twice;
 * the first wins, as on conflict.
 */
export function bossJobs(jobs: readonly NewJob[], now = Date.now()): Map<string, JobInsert[]> {
  const byQueue = new Map<string, Map<string, JobInsert>>();
  for (const job of jobs) {
    const list = byQueue.get(job.queue) ?? new Map<string, JobInsert>();
    byQueue.set(job.queue, list);
    if (list.has(job.id)) continue;
    const delaySeconds = job.runAt && job.runAt > now ? Math.ceil((job.runAt - now) / 1000) : 0;
    list.set(job.id, {
      ...sendOptions(job),
      id: bossJobId(job.id),
      data: { ...job.payload, __jobId: job.id, __key: job.key ?? null },
      ...(delaySeconds ? { startAfter: `${delaySeconds} seconds` } : {}),
    });
  }
  return new Map([...byQueue].map(([q, m]) => [q, [...m.values()]]));
}
