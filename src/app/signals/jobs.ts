// The job that pushes a signal (seq 0) or its n-th update to the recipient's webhook.
import { type NewJob, QUEUES } from '../../ports/jobs.ts';
import type { Settings } from '../settings.ts';

export const pushJob = (settings: Settings, signalId: string, seq: number): NewJob => ({
  id: `deliver-signal:${signalId}:${seq}`,
  queue: QUEUES.deliverSignal.name,
  key: `signal:${signalId}`,
  payload: { signalId, seq },
  maxAttempts: settings.webhookMaxAttempts,
});
