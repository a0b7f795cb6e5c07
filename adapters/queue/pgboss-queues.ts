// Every pg-boss queue declared in one place, from QUEUES. Case-keyed queues use key_strict_fifo: jobs of one case
// run one at a time, in order, across all worker processes; other keys stay free. Deliveries use standard queues.
import type { PgBoss } from 'pg-boss';
import { QUEUES, type NewJob, type QueueName } from '../../src/jobs/queues.ts';

export const DEAD_LETTER_QUEUE = 'dead-letter';
const KEYED = new Set<QueueName>([QUEUES.assessCase.name, QUEUES.closeCase.name]);

export async function declareQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(DEAD_LETTER_QUEUE);
  for (const q of Object.values(QUEUES)) {
    await boss.createQueue(q.name, { policy: KEYED.has(q.name) ? 'key_strict_fifo' : 'standard', deadLetter: DEAD_LETTER_QUEUE });
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
    ...(KEYED.has(job.queue) ? { singletonKey: job.key ?? job.id } : {}),
  };
}
