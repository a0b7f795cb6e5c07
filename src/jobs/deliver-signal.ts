// Job: push a signal (or an update of it) to the recipient's webhook as a CloudEvent with a detached JWS.
// The event id is derived from signal and sequence number, so every retry carries the same id.
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Ops } from '../db/database.ts';
import { derivedId } from '../ids.ts';
import { webhookFor, type SignalUpdate } from './plan-signals.ts';

export const SIGNAL_CREATED = 'nl.vertreksignaal.signaal.aangemaakt';
export const SIGNAL_UPDATED = 'nl.vertreksignaal.signaal.bijgewerkt';

export async function signalCloudEvent(deps: Deps, signalId: string, seq: number): Promise<{ body: string; id: string } | null> {
  const { db, t } = deps.database;
  const [s] = await db.select().from(t.signals).where(eq(t.signals.id, signalId));
  if (!s) return null;
  const updates = (s.updates as SignalUpdate[]) ?? [];
  const update = seq > 0 ? updates[seq - 1] : undefined;
  const id = await derivedId('signaal-event', signalId, String(seq));
  const event = {
    specversion: '1.0',
    id,
    source: deps.config.SERVICE_URN,
    type: seq === 0 ? SIGNAL_CREATED : SIGNAL_UPDATED,
    time: update?.op ?? new Date(s.createdAt).toISOString(),
    datacontenttype: 'application/json',
    data: { ...(s.view as object), status: s.status, ...(update ? { wijziging: update } : {}), ...(s.outcome ? { afhandeling: s.outcome } : {}) },
  };
  return { body: JSON.stringify(event), id };
}

export async function deliverSignal(deps: Deps, signalId: string, seq: number): Promise<Ops> {
  const { t } = deps.database;
  const built = await signalCloudEvent(deps, signalId, seq);
  if (!built) return () => [];
  const [s] = await deps.database.db.select({ recipient: t.signals.recipient, attempts: t.signals.deliveryAttempts }).from(t.signals).where(eq(t.signals.id, signalId));
  const url = webhookFor(deps, s.recipient);
  if (!url) return () => [];
  const bytes = new TextEncoder().encode(built.body);
  const signature = await deps.signer.signDetached(bytes);
  try {
    await deps.webhook.post(url, built.body, { 'content-type': 'application/cloudevents+json', 'JWS-Signature': signature, 'ce-id': built.id });
  } catch (err) {
    await deps.database.db.update(t.signals).set({ deliveryAttempts: s.attempts + 1 }).where(eq(t.signals.id, signalId));
    throw err;
  }
  deps.metrics.inc('vertreksignaal_webhook_deliveries_total', { recipient: s.recipient, result: 'ok' });
  return (d) => [d.update(t.signals).set({ delivery: 'afgeleverd', deliveryAttempts: s.attempts + 1 }).where(eq(t.signals.id, signalId))];
}

export async function signalDeliveryDead(deps: Deps, signalId: string): Promise<Ops> {
  const { t } = deps.database;
  deps.metrics.inc('vertreksignaal_webhook_deliveries_total', { result: 'dead-letter' });
  return (d) => [d.update(t.signals).set({ delivery: 'dead-letter' }).where(eq(t.signals.id, signalId))];
}
