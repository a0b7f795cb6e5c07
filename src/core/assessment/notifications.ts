// Which kennisgevingen a case needs, compared with those it has: new ones (held back where the safety rules say
// so), refreshed pending ones, follow-up letters where a sent notice no longer matches the registration, and
// cancellations where no notice is due any more. Every change goes through the notification decider.
import type { BrpPersoon } from '../../../schemas/brp.ts';
import type { EmigrationDataT } from '../../../schemas/events.ts';
import { postalAddressOf } from '../address.ts';
import type { ClosedReason } from '../case/model.ts';
import { longFormat } from '../date.ts';
import { isoOf } from '../decision.ts';
import type { Eligibility } from '../eligibility.ts';
import { applyNotification, type NotificationCommand } from '../notification/decider.ts';
import {
  type DepartureFacts,
  type FollowUp,
  type NotificationState,
  PENDING,
  SENT,
  type StoredRecipient,
} from '../notification/model.ts';
import { countryName } from '../reference/countries.ts';
import { addWorkingDays } from '../working-days.ts';

export interface NotificationPlanInput {
  caseId: string;
  municipalityCode: string;
  now: number;
  eligibility: Eligibility;
  child?: BrpPersoon;
  declarant?: BrpPersoon;
  people: ReadonlyMap<string, BrpPersoon>;
  current: EmigrationDataT;
  existing: readonly NotificationState[];
  closure: ClosedReason | null;
  dueWorkingDays: number;
  ids: { notification(caseId: string, bsn: string): string; reference(id: string): string };
}

export interface NotificationPlan {
  created: NotificationState[];
  changed: NotificationState[];
  /** Follow-up letters to deliver: notification id and the follow-up's index. */
  letters: { id: string; index: number }[];
  needsManualCheck: boolean;
}

/** Date and country as a letter states them: from the structured date, so a corrected date always reads right. */
export const departureFacts = (d: EmigrationDataT): DepartureFacts => ({
  datumLangFormaat: longFormat(d.datumAanvangAdresBuitenland),
  landOmschrijving: d.verblijfadres.land.omschrijving ?? countryName(d.verblijfadres.land.code) ?? 'onbekend land',
});

/** Safety holds (contract §7): geheimhouding of the child, declarant or recipient; no address a letter can go to. */
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

const CLOSURE_WHY: Record<ClosedReason, { reason: string; followUp: FollowUp['soort'] }> = {
  ingetrokken: { reason: 'registratie-ingetrokken', followUp: 'intrekking' },
  immigratie: { reason: 'kind-weer-in-nederland', followUp: 'immigratie' },
};

/** What the recipient was last told: the latest follow-up's facts, else those in the first letter. */
function lastAnnounced(n: NotificationState): DepartureFacts | undefined {
  return [...n.followUps].reverse().find((f) => f.aangekondigd)?.aangekondigd ?? n.recipient?.verzondenVertrek;
}

export function planNotifications(x: NotificationPlanInput): NotificationPlan {
  const plan: NotificationPlan = { created: [], changed: [], letters: [], needsManualCheck: false };
  const change = changeInto(plan);

  if (x.closure) {
    for (const n of x.existing) {
      const command = closureCommand(x, x.closure, n);
      if (command) change(n, command);
    }
    return plan;
  }

  const byRecipient = new Map(x.existing.map((n) => [n.recipientBsn, n]));
  const facts = departureFacts(x.current);
  for (const r of x.eligibility.recipients) {
    const prior = byRecipient.get(r.burgerservicenummer);
    byRecipient.delete(r.burgerservicenummer);
    planRecipient(x, plan, change, r, prior, facts);
  }
  // Recipients no longer due a notice (e.g. a correction changed the custody facts): pending ones are cancelled.
  for (const n of byRecipient.values()) {
    if (PENDING.includes(n.status)) change(n, { type: 'system-cancel', at: x.now, reason: 'niet-meer-van-toepassing' });
  }
  return plan;
}

type Change = (n: NotificationState, c: NotificationCommand) => void;

/** Applies a command through the decider and records the changed notice, and its letter when a follow-up is due. */
function changeInto(plan: NotificationPlan): Change {
  return (n, c) => {
    const r = applyNotification(n, c);
    if (!r.ok) return;
    if (r.events.length) plan.changed.push(r.state);
    if (c.type === 'request-follow-up' && r.events.length)
      plan.letters.push({ id: n.id, index: r.state.followUps.length - 1 });
  };
}

/** The registration ended: a sent notice gets one follow-up letter saying why, any other notice is cancelled. */
function closureCommand(
  x: NotificationPlanInput,
  closure: ClosedReason,
  n: NotificationState,
): NotificationCommand | null {
  const why = CLOSURE_WHY[closure];
  if (!SENT.includes(n.status)) return { type: 'system-cancel', at: x.now, reason: why.reason };
  if (n.followUps.some((f) => f.soort === why.followUp)) return null;
  return {
    type: 'request-follow-up',
    at: x.now,
    followUp: { soort: why.followUp, op: isoOf(x.now), status: 'in-afwachting', reden: why.reason },
  };
}

type EligibleRecipient = Eligibility['recipients'][number];

/** One recipient due a notice: a new one, a refreshed pending one, or a follow-up letter to a sent one. */
function planRecipient(
  x: NotificationPlanInput,
  plan: NotificationPlan,
  change: Change,
  r: EligibleRecipient,
  prior: NotificationState | undefined,
  facts: DepartureFacts,
): void {
  const person = x.people.get(r.burgerservicenummer);
  const holds = holdReasons(x.child, x.declarant, person);
  if (holds.includes('geen-bruikbaar-adres') || holds.includes('ontvanger-niet-gevonden')) plan.needsManualCheck = true;
  const recipient = storedRecipient(r, person);
  if (!prior) {
    plan.created.push(newNotification(x, r.burgerservicenummer, recipient, holds));
    return;
  }
  const command = PENDING.includes(prior.status)
    ? refreshCommand(x, prior, recipient, holds)
    : SENT.includes(prior.status)
      ? correctionCommand(x, prior, facts)
      : null;
  if (command) change(prior, command);
}

function storedRecipient(r: EligibleRecipient, person: BrpPersoon | undefined): StoredRecipient {
  const address = person ? postalAddressOf(person) : null;
  return {
    burgerservicenummer: r.burgerservicenummer,
    naam: address?.naam ?? person?.naam?.volledigeNaam ?? r.naam,
    adres: address,
    geheimhouding: !!person?.geheimhoudingPersoonsgegevens,
  };
}

/** A pending notice takes the recipient and holds as they are now; the facts of a letter already sent are kept. */
function refreshCommand(
  x: NotificationPlanInput,
  prior: NotificationState,
  recipient: StoredRecipient,
  holds: string[],
): NotificationCommand | null {
  const sameRecipient =
    JSON.stringify(prior.recipient) === JSON.stringify(recipient) && prior.holdReasons.join() === holds.join();
  if (sameRecipient) return null;
  return {
    type: 'refresh',
    at: x.now,
    recipient: {
      ...recipient,
      ...(prior.recipient?.verzondenVertrek ? { verzondenVertrek: prior.recipient.verzondenVertrek } : {}),
    },
    holdReasons: holds,
  };
}

/** The letter told one date and country; a correction that changes them gets a follow-up letter. */
function correctionCommand(
  x: NotificationPlanInput,
  prior: NotificationState,
  facts: DepartureFacts,
): NotificationCommand | null {
  const announced = lastAnnounced(prior);
  if (!announced) return null;
  if (announced.datumLangFormaat === facts.datumLangFormaat && announced.landOmschrijving === facts.landOmschrijving)
    return null;
  return {
    type: 'request-follow-up',
    at: x.now,
    followUp: { soort: 'correctie', op: isoOf(x.now), status: 'in-afwachting', vorige: announced, aangekondigd: facts },
  };
}

function newNotification(
  x: NotificationPlanInput,
  bsn: string,
  recipient: StoredRecipient,
  holds: string[],
): NotificationState {
  const id = x.ids.notification(x.caseId, bsn);
  const status = holds.length ? 'aangehouden' : 'te-beoordelen';
  const iso = isoOf(x.now);
  return {
    id,
    caseId: x.caseId,
    municipalityCode: x.municipalityCode,
    recipientBsn: bsn,
    recipient,
    status,
    holdReasons: holds,
    reference: x.ids.reference(id),
    dueDate: addWorkingDays(iso.slice(0, 10), x.dueWorkingDays),
    channel: null,
    deliveryAttempts: 0,
    lastError: null,
    reaction: null,
    followUps: [],
    version: 0,
    createdAt: x.now,
    updatedAt: x.now,
    history: [{ status, op: iso, door: 'systeem', ...(holds.length ? { reden: holds.join(', ') } : {}) }],
  };
}
