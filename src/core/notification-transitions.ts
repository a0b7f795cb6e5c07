// Which officer action may move a notification from which status (contract §5). Anything else is a 409.
export type NotificationAction = 'verzenden' | 'aanhouden' | 'annuleren';

const ALLOWED: Record<NotificationAction, { from: readonly string[]; to: string }> = {
  // Sending is possible after review, also from a hold the officer has looked at, and again after a failed delivery.
  verzenden: { from: ['te-beoordelen', 'aangehouden', 'mislukt'], to: 'verzonden' },
  aanhouden: { from: ['te-beoordelen'], to: 'aangehouden' },
  annuleren: { from: ['te-beoordelen', 'aangehouden', 'mislukt'], to: 'geannuleerd' },
};

export function transition(action: NotificationAction, current: string): { ok: true; to: string } | { ok: false } {
  const rule = ALLOWED[action];
  return rule.from.includes(current) ? { ok: true, to: rule.to } : { ok: false };
}
