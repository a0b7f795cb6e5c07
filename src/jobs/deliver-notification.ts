// Job: deliver a notification letter (or a follow-up) through MijnOverheid Berichtenbox, else by post.
// The channel gets an idempotency key per letter, so a retry after a crash never delivers it twice.
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Ops } from '../db/database.ts';
import { composeLetter } from '../core/letter/compose.ts';
import { renderLetterPdf } from '../../adapters/letter/pdf.ts';
import { DeliveryError } from '../ports/delivery.ts';
import { letterInput, type StoredRecipient } from '../notifications/letter-input.ts';
import { auditInsert, auditRows, PURPOSES, SYSTEM_ACTOR } from '../audit/audit.ts';
import type { DepartureView, FollowUp, HistoryEntry } from './case-views.ts';

export async function deliverNotification(deps: Deps, notificationId: string, followUp?: number): Promise<Ops> {
  const { db, t } = deps.database;
  const now = deps.now();
  const iso = new Date(now).toISOString();
  const [n] = await db.select().from(t.notifications).where(eq(t.notifications.id, notificationId));
  if (!n) return () => [];
  if (followUp === undefined && n.status !== 'verzonden') return () => []; // cancelled or already delivered meanwhile
  const [c] = await db.select().from(t.cases).where(eq(t.cases.id, n.caseId));
  const input = letterInput(n, c, iso.slice(0, 10), followUp);
  if (!input) throw new DeliveryError('geen bruikbaar adres');
  const pdf = await renderLetterPdf(composeLetter(input));
  const recipient = n.recipient as StoredRecipient;
  const key = `${n.id}:${followUp ?? 'kennisgeving'}`;
  await deps.database.db.update(t.notifications).set({ deliveryAttempts: n.deliveryAttempts + 1 }).where(eq(t.notifications.id, n.id));

  let channel = 'post';
  if (!recipient.adres?.land) {
    const box = await deps.berichtenbox.send({ idempotencyKey: key, burgerservicenummer: recipient.burgerservicenummer, subject: 'Bericht van uw gemeente over uw kind', pdf });
    if (box.status === 'bezorgd') channel = 'berichtenbox';
  }
  if (channel === 'post') await deps.post.send({ idempotencyKey: key, pdf, addressLines: [recipient.adres!.naam, ...recipient.adres!.adresregels], country: recipient.adres!.land });

  const audit = await auditRows(deps.pseudonyms, [{ actor: SYSTEM_ACTOR, operation: followUp === undefined ? 'kennisgeving-bezorgen' : 'vervolgbrief-bezorgen', objectType: 'kennisgeving', objectId: n.id, purpose: PURPOSES.notification, subjectBsn: recipient.burgerservicenummer }], now);
  if (followUp !== undefined) {
    const list = [...((n.followUps as FollowUp[]) ?? [])];
    list[followUp] = { ...list[followUp], status: 'bezorgd' };
    return (d) => [d.update(t.notifications).set({ followUps: list, updatedAt: now }).where(eq(t.notifications.id, n.id)), ...auditInsert(d, t, audit)];
  }
  const departure = c.departure as DepartureView;
  const told = { datumLangFormaat: input.departure.datumLangFormaat, landOmschrijving: departure.land.omschrijving ?? input.departure.landOmschrijving };
  const history = [...(n.history as HistoryEntry[]), { status: 'bezorgd', op: iso, door: 'systeem', reden: channel }];
  deps.metrics.inc('vertreksignaal_notifications_delivered_total', { channel });
  return (d) => [
    d.update(t.notifications).set({ status: 'bezorgd', channel, history, lastError: null, recipient: { ...recipient, verzondenVertrek: told }, updatedAt: now }).where(eq(t.notifications.id, n.id)),
    ...auditInsert(d, t, audit),
  ];
}

export async function notificationDeliveryDead(deps: Deps, notificationId: string, reason: string, followUp?: number): Promise<Ops> {
  const { db, t } = deps.database;
  const now = deps.now();
  const [n] = await db.select().from(t.notifications).where(eq(t.notifications.id, notificationId));
  if (!n) return () => [];
  if (followUp !== undefined) {
    const list = [...((n.followUps as FollowUp[]) ?? [])];
    list[followUp] = { ...list[followUp], status: 'mislukt', reden: reason };
    return (d) => [d.update(t.notifications).set({ followUps: list, updatedAt: now }).where(eq(t.notifications.id, n.id))];
  }
  const history = [...(n.history as HistoryEntry[]), { status: 'mislukt', op: new Date(now).toISOString(), door: 'systeem', reden: reason }];
  return (d) => [d.update(t.notifications).set({ status: 'mislukt', lastError: reason, history, updatedAt: now }).where(eq(t.notifications.id, n.id))];
}

