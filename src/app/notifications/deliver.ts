// Use cases (jobs): deliver a kennisgeving or a follow-up letter through MijnOverheid Berichtenbox, else by post,
// and record a delivery that ran out of attempts. The channel gets an idempotency key per letter, so a retry after
// a crash never delivers a letter twice.

import type { PostalAddress } from '../../core/address.ts';
import { composeLetter } from '../../core/letter/compose.ts';
import { applyNotification, type NotificationCommand } from '../../core/notification/decider.ts';
import type { DepartureFacts, NotificationState } from '../../core/notification/model.ts';
import { DeliveryError } from '../../ports/delivery.ts';
import { getCase } from '../../store/cases.ts';
import { getNotification, saveNotification } from '../../store/notifications.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { SYSTEM } from '../actor.ts';
import { PURPOSES } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { FailedWith } from '../errors.ts';
import { today } from '../scope.ts';
import { letterInput } from './letter.ts';

/** Who a letter goes to: the recipient's BSN (for the Berichtenbox) and a postal address. */
interface Addressee {
  burgerservicenummer: string;
  adres: PostalAddress;
}

export async function deliverNotification(ctx: AppContext, id: string, followUp: number | null): Promise<void> {
  const n = await getNotification(ctx.db, id);
  if (!n?.recipient || !stillDue(n, followUp)) return;
  const c = await getCase(ctx.db, n.caseId);
  const input = c ? letterInput(n, c, today(ctx), followUp ?? undefined) : null;
  if (!input || !n.recipient.adres) throw new DeliveryError('geen bruikbaar adres');
  const to: Addressee = { burgerservicenummer: n.recipient.burgerservicenummer, adres: n.recipient.adres };
  const letter = composeLetter(input);
  const pdf = await ctx.documents.letterPdf(letter);
  const channel = await sendOrCount(ctx, n, to, `${n.id}:${followUp ?? 'kennisgeving'}`, pdf);
  if (await recordDelivery(ctx, n, followUp, channel, input.departure)) {
    ctx.metrics.inc('vertreksignaal_notifications_delivered_total', { channel });
  }
}

/** Whether the letter is still to be delivered: not cancelled, delivered or settled meanwhile. */
function stillDue(n: NotificationState, followUp: number | null): boolean {
  if (followUp === null) return n.status === 'verzonden';
  return n.followUps[followUp]?.status === 'in-afwachting';
}

/** Sends the letter; a failed send still counts as an attempt, committed while the job is retried. */
async function sendOrCount(
  ctx: AppContext,
  n: NotificationState,
  to: Addressee,
  key: string,
  pdf: Uint8Array,
): Promise<string> {
  try {
    return await send(ctx, to, key, pdf);
  } catch (err) {
    const attempted = applyNotification(n, { type: 'attempt-delivery', at: ctx.now() });
    throw new FailedWith(err, new UnitOfWork().write(...(attempted.ok ? [saveNotification(attempted.state)] : [])));
  }
}

/** The delivery in the notice and the logboek; false when the notice no longer accepts it and nothing changed. */
async function recordDelivery(
  ctx: AppContext,
  n: NotificationState,
  followUp: number | null,
  channel: string,
  told: DepartureFacts,
): Promise<boolean> {
  const at = ctx.now();
  const command: NotificationCommand =
    followUp === null
      ? { type: 'deliver', at, channel, told }
      : { type: 'settle-follow-up', at, index: followUp, status: 'bezorgd' };
  const attempted = followUp === null ? applyNotification(n, { type: 'attempt-delivery', at }) : null;
  const result = applyNotification(attempted?.ok ? attempted.state : n, command);
  if (!result.ok) return false;
  await ctx.commit(
    new UnitOfWork().write(saveNotification(result.state)).record({
      actor: SYSTEM,
      operation: followUp === null ? 'kennisgeving-bezorgen' : 'vervolgbrief-bezorgen',
      objectType: 'kennisgeving',
      objectId: n.id,
      purpose: PURPOSES.notification,
      subjectBsn: n.recipientBsn,
    }),
  );
  return true;
}

/** Berichtenbox for a Dutch address when the recipient has a box, else post; the key makes a retry a no-op. */
async function send(ctx: AppContext, to: Addressee, key: string, pdf: Uint8Array): Promise<string> {
  const { adres } = to;
  if (!adres.land) {
    const box = await ctx.berichtenbox.send({
      idempotencyKey: key,
      burgerservicenummer: to.burgerservicenummer,
      subject: 'Bericht van uw gemeente over uw kind',
      pdf,
    });
    if (box.status === 'bezorgd') return 'berichtenbox';
  }
  await ctx.post.send({
    idempotencyKey: key,
    pdf,
    addressLines: [adres.naam, ...adres.adresregels],
    country: adres.land,
  });
  return 'post';
}

/** Every attempt failed: the notice shows `mislukt` with the reason on the work queue. */
export async function notificationDeliveryDead(
  ctx: AppContext,
  id: string,
  followUp: number | null,
  reason: string,
): Promise<void> {
  const n = await getNotification(ctx.db, id);
  if (!n) return;
  const at = ctx.now();
  const command: NotificationCommand =
    followUp === null
      ? { type: 'fail-delivery', at, reason }
      : { type: 'settle-follow-up', at, index: followUp, status: 'mislukt', reason };
  const result = applyNotification(n, command);
  if (!result.ok) return;
  await ctx.commit(new UnitOfWork().write(saveNotification(result.state)));
}
