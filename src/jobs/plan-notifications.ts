// Which notifications (kennisgevingen) a case needs, compared with those it has: new ones, safety holds,
// updates to pending ones, and follow-up letters when a sent notice no longer matches the registration.
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Db } from '../db/database.ts';
import type { BrpPersoon } from '../../schemas/brp.ts';
import type { EmigrationDataT } from '../../schemas/events.ts';
import type { Eligibility } from '../core/eligibility.ts';
import { postalAddressOf } from '../core/address.ts';
import { addWorkingDays } from '../core/working-days.ts';
import { longFormat } from '../core/date.ts';
import { countryName } from '../core/reference/countries.ts';
import { derivedId, referenceFrom } from '../ids.ts';
import { PURPOSES, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.ts';
import { QUEUES, type NewJob } from './queues.ts';
import type { DepartureFacts, FollowUp, HistoryEntry } from './case-views.ts';

export const PENDING = ['te-beoordelen', 'aangehouden'];
export const SENT = ['verzonden', 'bezorgd'];

export interface NotificationContext {
  /** No case row existed before this assessment. */
  firstAssessment: boolean;
  caseId: string;
  municipalityCode: string;
  eligibility: Eligibility;
  child: BrpPersoon | undefined;
  declarant: BrpPersoon | undefined;
  people: Map<string, BrpPersoon>;
  corrected: boolean;
  previous: EmigrationDataT | null;
  current: EmigrationDataT;
  now: number;
}

export const departureFacts = (d: EmigrationDataT) => ({
  // Written from the structured date, not the sender's langFormaat, so a corrected date always reads correctly.
  datumLangFormaat: longFormat(d.datumAanvangAdresBuitenland),
  landOmschrijving: d.verblijfadres.land.omschrijving ?? countryName(d.verblijfadres.land.code) ?? 'onbekend land',
});

/** Safety holds (contract §7): geheimhouding of the child, declarant or recipient; and no address a letter can go to. */
export function holdReasons(child?: BrpPersoon, declarant?: BrpPersoon, recipient?: BrpPersoon): string[] {
  const reasons: string[] = [];
  if (child?.geheimhoudingPersoonsgegevens) reasons.push('geheimhouding-kind');
  if (declarant?.geheimhoudingPersoonsgegevens) reasons.push('geheimhouding-aangever');
  if (!recipient) reasons.push('ontvanger-niet-gevonden');
  else {
    if (recipient.geheimhoudingPersoonsgegevens) reasons.push('geheimhouding-ontvanger');
    if (!postalAddressOf(recipient)) reasons.push('geen-bruikbaar-adres');
  }
  return reasons;
}

export async function planNotifications(deps: Deps, x: NotificationContext) {
  const { db, t } = deps.database;
  // Before the case's first assessment was stored nothing can exist for it (both are written together).
  const existing = x.firstAssessment ? [] : await db.select().from(t.notifications).where(eq(t.notifications.caseId, x.caseId));
  const byRecipient = new Map(existing.map((n) => [n.recipientBsn, n]));
  const inserts: (typeof t.notifications.$inferInsert)[] = [];
  const updates: { id: string; set: Partial<typeof t.notifications.$inferInsert> }[] = [];
  const jobs: NewJob[] = [];
  const audit: AuditEntry[] = [];
  let needsManualCheck = false;
  const iso = new Date(x.now).toISOString();
  const facts = departureFacts(x.current);

  for (const r of x.eligibility.recipients) {
    const person = x.people.get(r.burgerservicenummer);
    const holds = holdReasons(x.child, x.declarant, person);
    if (holds.includes('geen-bruikbaar-adres') || holds.includes('ontvanger-niet-gevonden')) needsManualCheck = true;
    const address = person ? postalAddressOf(person) : null;
    const recipient = { burgerservicenummer: r.burgerservicenummer, naam: address?.naam ?? person?.naam?.volledigeNaam ?? r.naam, adres: address, geheimhouding: !!person?.geheimhoudingPersoonsgegevens };
    const prior = byRecipient.get(r.burgerservicenummer);
    if (!prior) {
      const id = await derivedId('kennisgeving', x.caseId, r.burgerservicenummer);
      const status = holds.length ? 'aangehouden' : 'te-beoordelen';
      const history: HistoryEntry[] = [{ status, op: iso, door: 'systeem', ...(holds.length ? { reden: holds.join(', ') } : {}) }];
      inserts.push({
        id, caseId: x.caseId, municipalityCode: x.municipalityCode, recipientBsn: r.burgerservicenummer, recipient, status,
        holdReasons: holds, reference: referenceFrom(id), dueDate: addWorkingDays(iso.slice(0, 10), deps.config.NOTIFICATION_DUE_WORKING_DAYS),
        channel: null, deliveryAttempts: 0, lastError: null, history, followUps: [], createdAt: x.now, updatedAt: x.now,
      });
      audit.push({ actor: SYSTEM_ACTOR, operation: 'kennisgeving-aanmaken', objectType: 'kennisgeving', objectId: id, purpose: PURPOSES.notification, subjectBsn: r.burgerservicenummer });
      continue;
    }
    byRecipient.delete(r.burgerservicenummer);
    if (PENDING.includes(prior.status)) {
      const newHolds = holds.filter((h) => !((prior.holdReasons as string[]) ?? []).includes(h));
      const status = prior.status === 'te-beoordelen' && newHolds.length ? 'aangehouden' : prior.status;
      const history = status !== prior.status ? [...(prior.history as HistoryEntry[]), { status, op: iso, door: 'systeem', reden: newHolds.join(', ') }] : (prior.history as HistoryEntry[]);
      updates.push({ id: prior.id, set: { recipient, holdReasons: holds, status, history, updatedAt: x.now } });
    } else if (SENT.includes(prior.status)) {
      // The letter told the recipient one date and country; a correction that changes them gets a follow-up letter.
      const followUps = (prior.followUps as FollowUp[]) ?? [];
      const announced = latestAnnounced(prior, followUps);
      if (announced && (announced.datumLangFormaat !== facts.datumLangFormaat || announced.landOmschrijving !== facts.landOmschrijving)) {
        const list: FollowUp[] = [...followUps, { soort: 'correctie', op: iso, status: 'in-afwachting', vorige: announced, aangekondigd: facts }];
        updates.push({ id: prior.id, set: { followUps: list, updatedAt: x.now } });
        jobs.push({ id: `deliver-notification:${prior.id}:${list.length}`, queue: QUEUES.deliverNotification.name, key: prior.id, payload: { notificationId: prior.id, followUp: list.length - 1 } });
      }
    }
  }
  // Recipients no longer due a notice (e.g. a correction changed custody facts): pending ones are cancelled.
  for (const n of byRecipient.values()) {
    if (!PENDING.includes(n.status)) continue;
    const history = [...(n.history as HistoryEntry[]), { status: 'geannuleerd', op: iso, door: 'systeem', reden: 'niet-meer-van-toepassing' }];
    updates.push({ id: n.id, set: { status: 'geannuleerd', history, updatedAt: x.now } });
  }
  return {
    needsManualCheck,
    jobs,
    audit,
    ops: (d: Db) => [
      ...(inserts.length ? [d.insert(t.notifications).values(inserts).onConflictDoNothing()] : []),
      ...updates.map((u) => d.update(t.notifications).set(u.set).where(eq(t.notifications.id, u.id))),
    ],
  };
}

/** What the recipient was last told: the latest follow-up's facts, else those in the first letter. */
function latestAnnounced(n: { recipient: unknown }, followUps: FollowUp[]): DepartureFacts | undefined {
  const last = [...followUps].reverse().find((f) => f.aangekondigd);
  return last?.aangekondigd ?? (n.recipient as { verzondenVertrek?: DepartureFacts }).verzondenVertrek;
}
