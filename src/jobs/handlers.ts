// The use case behind each queue. Thin: a job only names its use case and hands over the payload; the runner gives
// it a context whose commit also completes the job (adapters/queue/*).
import { assessCase } from '../app/assessment/assess-case.ts';
import { handleImmigration } from '../app/assessment/immigration.ts';
import { sealAudit } from '../app/audit/seal.ts';
import type { AppContext } from '../app/context.ts';
import { checkDeadlines } from '../app/deadlines.ts';
import { deliverNotification, notificationDeliveryDead } from '../app/notifications/deliver.ts';
import { purgeExpired } from '../app/retention/retention.ts';
import { deliverSignal, signalDeliveryDead } from '../app/signals/deliver.ts';
import { handOverSis, refreshSis } from '../app/sis/hand-over.ts';
import type { JobRecord, QueueName } from '../ports/jobs.ts';

export interface JobHandler {
  run(ctx: AppContext, job: JobRecord): Promise<unknown>;
  /** What to record when the job has used up its attempts (dead letter). */
  dead?(ctx: AppContext, job: JobRecord, reason: string): Promise<unknown>;
}

const str = (v: unknown) => String(v);
const optInt = (v: unknown) => (v === undefined || v === null ? null : Number(v));

export const JOB_HANDLERS: Readonly<Record<QueueName, JobHandler>> = {
  'assess-case': { run: (ctx, j) => assessCase(ctx, str(j.payload.caseId), { attempt: j.attempts }) },
  immigration: { run: (ctx, j) => handleImmigration(ctx, str(j.payload.eventRecordId)) },
  'deliver-notification': {
    run: (ctx, j) => deliverNotification(ctx, str(j.payload.notificationId), optInt(j.payload.followUp)),
    dead: (ctx, j, reason) =>
      notificationDeliveryDead(ctx, str(j.payload.notificationId), optInt(j.payload.followUp), reason),
  },
  'deliver-signal': {
    run: (ctx, j) => deliverSignal(ctx, str(j.payload.signalId), Number(j.payload.seq)),
    dead: (ctx, j) => signalDeliveryDead(ctx, str(j.payload.signalId)),
  },
  'sis-hand-over': {
    run: (ctx, j) => handOverSis(ctx, str(j.payload.requestId), j.payload.what === 'withdraw' ? 'withdraw' : 'request'),
  },
  'sis-refresh': { run: (ctx) => refreshSis(ctx) },
  'seal-audit': { run: (ctx) => sealAudit(ctx) },
  retention: { run: (ctx) => purgeExpired(ctx) },
  deadlines: { run: (ctx) => checkDeadlines(ctx) },
};

/** Periodic work and how often it runs; every deployment schedules it (Node timers, pg workers, Workers cron). */
export const SCHEDULE: readonly { queue: QueueName; everyMs: number }[] = [
  { queue: 'seal-audit', everyMs: 10_000 },
  { queue: 'sis-refresh', everyMs: 60_000 },
  { queue: 'deadlines', everyMs: 300_000 },
  { queue: 'retention', everyMs: 3_600_000 },
];

/** One job per queue and time slot: several instances scheduling at once create it once. */
export function scheduledJob(queue: QueueName, everyMs: number, now: number) {
  const slot = Math.floor(now / everyMs);
  return { id: `${queue}:${slot}`, queue, key: queue, payload: {} };
}
