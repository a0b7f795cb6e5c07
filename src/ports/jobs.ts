// The job port: every queue declared once, the job a unit of work enqueues, and what a runner needs per queue.
// Runners: adapters/queue/embedded.ts (jobs table on SQLite/D1), adapters/queue/pgboss.ts (PostgreSQL).

export const QUEUES = {
  assessCase: { name: 'assess-case', maxAttempts: 50 },
  immigration: { name: 'immigration', maxAttempts: 50 },
  deliverNotification: { name: 'deliver-notification', maxAttempts: 6 },
  deliverSignal: { name: 'deliver-signal', maxAttempts: 8 },
  sisHandOver: { name: 'sis-hand-over', maxAttempts: 20 },
  sisRefresh: { name: 'sis-refresh', maxAttempts: 5 },
  sealAudit: { name: 'seal-audit', maxAttempts: 1000 },
  retention: { name: 'retention', maxAttempts: 5 },
  deadlines: { name: 'deadlines', maxAttempts: 5 },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

export const maxAttemptsOf = (q: QueueName): number =>
  Object.values(QUEUES).find((x) => x.name === q)?.maxAttempts ?? 5;

export interface NewJob {
  /** Deterministic: enqueueing the same work twice yields one job. */
  id: string;
  queue: QueueName;
  /** Jobs sharing a key never run at the same time (one case, one notification). */
  key?: string | null;
  payload: Record<string, string | number | null>;
  runAt?: number;
  maxAttempts?: number;
}

export interface JobRecord {
  id: string;
  queue: QueueName;
  key: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export interface JobRunner {
  start(): void;
  /** Settles once a started runner takes work (a job thread has loaded); absent where that is at once. */
  ready?(): Promise<void>;
  stop(): Promise<void>;
  /** Wakes the runner after a commit so work starts without waiting for the next poll. */
  poke(): void;
  /** Runs due jobs until none are left (tests, benchmarks, and the Worker after a request). */
  drain(opts?: { timeoutMs?: number }): Promise<void>;
  /** Queued, retrying and running jobs per queue, every queue listed (also those other processes will run). */
  pending(): Promise<Record<string, number>>;
}

/** Every queue with 0, then the counts found. */
export function pendingOf(rows: readonly { queue: string; n: number | string }[]): Record<string, number> {
  const pending: Record<string, number> = Object.fromEntries(Object.values(QUEUES).map((q) => [q.name, 0]));
  for (const r of rows) pending[r.queue] = Number(r.n);
  return pending;
}

/** Transient: retry without using up attempts (an outage delays work; it never kills it). */
export function isTransient(err: unknown): boolean {
  const name = (err as Error)?.name;
  return name === 'BrpUnavailableError' || name === 'ConflictError';
}

export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

const OWN_ERRORS = new Set([
  'DeliveryError',
  'BrpUnavailableError',
  'BrpInvalidAnswerError',
  'WebhookError',
  'SisError',
]);

/** A failure's reason as it may be stored and logged: our own adapters' messages carry no personal data. */
export function errorReason(err: unknown): string {
  const e = err as Error;
  return OWN_ERRORS.has(e?.name) ? `${e.name}: ${e.message}`.slice(0, 300) : (e?.name ?? 'Error');
}
