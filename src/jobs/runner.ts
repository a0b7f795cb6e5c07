// What every job backend needs from the domain: a handler per queue, and what to write when a job gives up.
import type { Ops } from '../db/database.ts';
import type { QueueName } from './queues.ts';

export interface JobRecord {
  id: string;
  queue: QueueName;
  key: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export interface JobHandler {
  /** Does the work; returns the writes to commit together with the job's completion. */
  run(job: JobRecord): Promise<Ops | void>;
  /** Writes made when the job has used up its attempts (dead letter). */
  dead?(job: JobRecord, error: string): Promise<Ops | void>;
}

export type JobHandlers = Record<QueueName, JobHandler>;

export interface JobRunner {
  start(): void;
  stop(): Promise<void>;
  poke(): void;
  /** Runs due jobs until none are left (tests and benchmarks). */
  drain(opts?: { timeoutMs?: number }): Promise<void>;
}

/** Transient: retry without using up attempts (an outage delays work; it never kills it). */
export function isTransient(err: unknown): boolean {
  return (err as Error)?.name === 'BrpUnavailableError';
}

export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

export function errorReason(err: unknown): string {
  const e = err as Error;
  // Error messages of our own adapters carry no personal data; anything else is reduced to its type.
  return e?.name === 'DeliveryError' || e?.name === 'BrpUnavailableError' || e?.name === 'WebhookError' ? `${e.name}: ${e.message}`.slice(0, 300) : (e?.name ?? 'Error');
}
