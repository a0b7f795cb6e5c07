// Every job queue, declared once: the embedded runner, pg-boss and Cloudflare Queues all read this table.
import type { Db, Tables } from '../db/database.ts';

export const QUEUES = {
  assessCase: { name: 'assess-case', maxAttempts: 50 },
  immigration: { name: 'immigration', maxAttempts: 50 },
  closeCase: { name: 'close-case', maxAttempts: 50 },
  deliverNotification: { name: 'deliver-notification', maxAttempts: 6 },
  deliverSignal: { name: 'deliver-signal', maxAttempts: 8 },
  sealAudit: { name: 'seal-audit', maxAttempts: 1000 },
  retention: { name: 'retention', maxAttempts: 5 },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

export interface NewJob {
  /** Deterministic: enqueueing the same work twice yields one job. */
  id: string;
  queue: QueueName;
  key?: string | null;
  payload: Record<string, unknown>;
  runAt?: number;
  maxAttempts?: number;
}

const maxAttemptsOf = (q: QueueName) => Object.values(QUEUES).find((x) => x.name === q)!.maxAttempts;

/** Jobs as rows of the jobs table, written in the same atomic write as the business change (SQLite, D1). */
export function insertJobs(db: Db, t: Tables, jobs: NewJob[], now: number) {
  if (jobs.length === 0) return [];
  return [
    db
      .insert(t.jobs)
      .values(
        jobs.map((j) => ({
          id: j.id,
          queue: j.queue,
          key: j.key ?? null,
          payload: j.payload,
          status: 'queued',
          runAt: j.runAt ?? now,
          attempts: 0,
          maxAttempts: j.maxAttempts ?? maxAttemptsOf(j.queue),
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflictDoNothing(),
  ];
}
