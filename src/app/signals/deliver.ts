// Use cases (jobs): push a signal, or an update of it, to the recipient's webhook as a CloudEvent with a detached
// JWS over the exact body bytes. The event id is derived from signal and sequence number: every retry carries it.
import { applySignal } from '../../core/signal/decider.ts';
import type { SignalState } from '../../core/signal/model.ts';
import { derivedId } from '../../ids.ts';
import { getSignal, saveSignal } from '../../store/signals.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import type { AppContext } from '../context.ts';
import { FailedWith } from '../errors.ts';

export const SIGNAL_CREATED = 'nl.vertreksignaal.signaal.aangemaakt';
export const SIGNAL_UPDATED = 'nl.vertreksignaal.signaal.bijgewerkt';

export function signalCloudEvent(serviceUrn: string, s: SignalState, seq: number): { body: string; id: string } {
  const update = seq > 0 ? s.updates[seq - 1] : undefined;
  const id = derivedId('signaal-event', s.id, String(seq));
  const event = {
    specversion: '1.0',
    id,
    source: serviceUrn,
    type: seq === 0 ? SIGNAL_CREATED : SIGNAL_UPDATED,
    time: update?.op ?? new Date(s.createdAt).toISOString(),
    datacontenttype: 'application/json',
    data: {
      ...s.view,
      status: s.status,
      ...(update ? { wijziging: update } : {}),
      ...(s.outcome ? { afhandeling: s.outcome } : {}),
    },
  };
  return { body: JSON.stringify(event), id };
}

export async function deliverSignal(ctx: AppContext, id: string, seq: number): Promise<void> {
  const s = await getSignal(ctx.db, id);
  const url = s ? ctx.settings.webhooks[s.recipient] : undefined;
  if (!s || !url) return;
  const built = signalCloudEvent(ctx.settings.serviceUrn, s, seq);
  const signature = await ctx.signer.signDetached(new TextEncoder().encode(built.body));
  try {
    await ctx.webhook.post(url, built.body, {
      'content-type': 'application/cloudevents+json',
      'JWS-Signature': signature,
      'ce-id': built.id,
    });
  } catch (err) {
    // The attempt shows on the signal (the recipient sees deliveries failing); the job is retried with back-off.
    const attempted = applySignal(s, { type: 'attempt-delivery', at: ctx.now() });
    throw new FailedWith(err, new UnitOfWork().write(...(attempted.ok ? [saveSignal(attempted.state)] : [])));
  }
  ctx.metrics.inc('vertreksignaal_webhook_deliveries_total', { recipient: s.recipient, result: 'ok' });
  const attempted = applySignal(
    { ...s, deliveryAttempts: s.deliveryAttempts + 1 },
    { type: 'confirm-delivery', at: ctx.now() },
  );
  if (attempted.ok) await ctx.commit(new UnitOfWork().write(saveSignal(attempted.state)));
}

export async function signalDeliveryDead(ctx: AppContext, id: string): Promise<void> {
  ctx.metrics.inc('vertreksignaal_webhook_deliveries_total', { result: 'dead-letter' });
  const s = await getSignal(ctx.db, id);
  if (!s) return;
  const r = applySignal(s, { type: 'dead-letter', at: ctx.now() });
  if (r.ok) await ctx.commit(new UnitOfWork().write(saveSignal(r.state)));
}
