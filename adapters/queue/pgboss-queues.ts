// Every pg-boss queue declared in one place, from QUEUES. All are `standard`: jobs sharing a key are kept apart by
// advisory locks in the runner (pgboss.ts), because our keys span queues and key_strict_fifo would block a case
// for good once one of its jobs had failed terminally.
import type { PgBoss } from 'pg-boss';
import { QUEUES, type NewJob } from '../../src/jobs/queues.ts';

export const DEAD_LETTER_QUEUE = 'dead-letter';

export async function declareQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(DEAD_LETTER_QUEUE);
  for (const q of Object.values(QUEUES)) {
    await boss.createQueue(q.name, { policy: 'standard', deadLetter: DEAD_LETTER_QUEUE });
  }
}

export function sendOptions(job: NewJob) {
  const max = job.maxAttempts ?? Object.values(QUEUES).find((q) => q.name === job.queue)!.maxAttempts;
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
