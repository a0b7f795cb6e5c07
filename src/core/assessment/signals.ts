// Which signals a case's risk level routes to Ca IKA, RvdK IKO and CIKO, each with its least-data view, compared
// with those already made: new ones, updates when the view changed, closure when the level no longer routes to a
// recipient or the case ended, reopening of what the system closed itself. Every change goes through the decider.
import type { Recipient } from '../../../schemas/domain.ts';
import { canonicalJson } from '../canonical-json.ts';
import type { ChildView, ClosedReason, CustodyView, DepartureView, RiskView } from '../case/model.ts';
import type { RiskLevel } from '../risk/level.ts';
import { decideRouting } from '../risk/routing.ts';
import { signalView } from '../risk/views.ts';
import { applySignal, type SignalCommand } from '../signal/decider.ts';
import { closedBySystem, type SignalState } from '../signal/model.ts';

export interface SignalPlanInput {
  caseId: string;
  now: number;
  risk: RiskView;
  child: ChildView;
  departure: DepartureView;
  custody: CustodyView | null;
  declarantBsn: string | null;
  corrected: boolean;
  existing: readonly SignalState[];
  closure: ClosedReason | null;
  /** Hours to pick a signal up, per level. */
  slaHours(level: RiskLevel): number;
  /** Whether a webhook is configured for the recipient (else the signal is pull-only). */
  pushes(recipient: Recipient): boolean;
  ids: { signal(caseId: string, recipient: Recipient): string };
}

export interface SignalPlan {
  created: SignalState[];
  changed: SignalState[];
  /** Webhook deliveries: signal id and the sequence number of the push. */
  pushes: { id: string; seq: number }[];
}

export function planSignals(x: SignalPlanInput): SignalPlan {
  const plan: SignalPlan = { created: [], changed: [], pushes: [] };
  const byRecipient = new Map(x.existing.map((s) => [s.recipient, s]));
  const change = (s: SignalState, c: SignalCommand) => {
    const r = applySignal(s, c);
    if (!r.ok || r.events.length === 0) return;
    plan.changed.push(r.state);
    if (r.events.some((e) => e.type === 'push-requested')) plan.pushes.push({ id: s.id, seq: r.state.updates.length });
  };

  if (x.closure) {
    const reason = x.closure === 'ingetrokken' ? 'registratie-ingetrokken' : 'kind-weer-in-nederland';
    for (const s of x.existing) change(s, { type: 'system-close', at: x.now, reason, push: x.pushes(s.recipient) });
    return plan;
  }

  const routed = decideRouting(x.risk.niveau);
  for (const recipient of routed) {
    const prior = byRecipient.get(recipient);
    const id = prior?.id ?? x.ids.signal(x.caseId, recipient);
    const view = viewFor(x, recipient, id, prior?.createdAt ?? x.now);
    const push = x.pushes(recipient);
    if (!prior) {
      plan.created.push({
        id,
        caseId: x.caseId,
        recipient,
        level: x.risk.niveau,
        status: 'nieuw',
        view,
        slaDueAt: x.now + x.slaHours(x.risk.niveau) * 3_600_000,
        delivery: push ? 'in-afwachting' : 'niet-geconfigureerd',
        deliveryAttempts: 0,
        outcome: null,
        updates: [],
        pickedUpAt: null,
        closedAt: null,
        version: 0,
        createdAt: x.now,
        updatedAt: x.now,
      });
      if (push) plan.pushes.push({ id, seq: 0 });
    } else if (closedBySystem(prior) && prior.outcome?.uitkomst === 'niveau-verlaagd') {
      change(prior, {
        type: 'reopen',
        at: x.now,
        level: x.risk.niveau,
        view,
        slaDueAt: x.now + x.slaHours(x.risk.niveau) * 3_600_000,
        push,
      });
    } else if (canonicalJson(prior.view) !== canonicalJson(view)) {
      // The facts changed (a correction, a new sibling, a reaction): tell the recipient once per change.
      change(prior, {
        type: 'update',
        at: x.now,
        kind: x.corrected ? 'gecorrigeerd' : 'herbeoordeeld',
        level: x.risk.niveau,
        view,
        push,
      });
    }
  }
  // A lower level no longer routes here: close with the reason, and tell the recipient.
  for (const s of x.existing) {
    if (!routed.includes(s.recipient) && s.status !== 'afgesloten')
      change(s, { type: 'system-close', at: x.now, reason: 'niveau-verlaagd', push: x.pushes(s.recipient) });
  }
  return plan;
}

function viewFor(x: SignalPlanInput, recipient: Recipient, signalId: string, createdAt: number): SignalState['view'] {
  return signalView(recipient, {
    caseId: x.caseId,
    signalId,
    level: x.risk.niveau,
    redenen: x.risk.redenen,
    regelsetVersie: x.risk.regelsetVersie,
    child: x.child,
    departure: x.departure,
    custody: { type: x.custody?.type ?? 'onbekend', gezaghouders: x.custody?.gezaghouders ?? [] },
    declarant: x.declarantBsn ? { burgerservicenummer: x.declarantBsn } : undefined,
    createdAt: new Date(createdAt).toISOString(),
  });
}
