// The jobs that deliver a kennisgeving or one of its follow-up letters (one id per letter, so a retry is the same job).
import { type NewJob, QUEUES } from '../../ports/jobs.ts';

/** `followUp`: the index of a follow-up letter; absent: the notice itself (`attempt` tells sends apart). */
export function letterJob(notificationId: string, followUp?: number, attempt = 0): NewJob {
  const which = followUp === undefined ? `k${attempt}` : `f${followUp}`;
  return {
    id: `deliver-notification:${notificationId}:${which}`,
    queue: QUEUES.deliverNotification.name,
    key: notificationId,
    payload: { notificationId, followUp: followUp ?? null },
  };
}
