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
  const change = changeInto(plan);

  if (x.closure) {
    const reason = x.closure === 'ingetrokken' ? 'registratie-ingetrokken' : 'kind-weer-in-nederland';
    for (const s of x.existing) change(s, { type: 'system-close', at: x.now, reason, push: x.pushes(s.recipient) });
    return plan;
  }

  const byRecipient = new Map(x.existing.map((s) => [s.recipient, s]));
  const routed = decideRouting(x.risk.niveau);
  for (const recipient of routed) routeTo(x, plan, change, recipient, byRecipient.get(recipient));
  // A lower level no longer routes here: close with the reason, and tell the recipient.
  for (const s of x.existing) {
    if (!routed.includes(s.recipient) && s.status !== 'afgesloten')
      change(s, { type: 'system-close', at: x.now, reason: 'niveau-verlaagd', push: x.pushes(s.recipient) });
  }
  return plan;
}

type Change = (s: SignalState, c: SignalCommand) => void;

/** Applies a command through the decider and records the changed signal, and its push when one was requested. */
function changeInto(plan: SignalPlan): Change {
  return (s, c) => {
    const r = applySignal(s, c);
    if (!r.ok || r.events.length === 0) return;
    plan.changed.push(r.state);
    if (r.events.some((e) => e.type === 'push-requested')) plan.pushes.push({ id: s.id, seq: r.state.updates.length });
  };
}

/** A recipient the level routes to: a new signal, or what the existing one needs. */
function routeTo(
  x: SignalPlanInput,
  plan: SignalPlan,
  change: Change,
  recipient: Recipient,
  prior: SignalState | undefined,
): void {
  const push = x.pushes(recipient);
  if (prior) {
    const command = commandFor(x, prior, push);
    if (command) change(prior, command);
    return;
  }
  const created = newSignal(x, recipient, push);
  plan.created.push(created);
  if (push) plan.pushes.push({ id: created.id, seq: 0 });
}

const slaDueAt = (x: SignalPlanInput): number => x.now + x.slaHours(x.risk.niveau) * 3_600_000;

/** A recipient the level routes to for the first time. */
function newSignal(x: SignalPlanInput, recipient: Recipient, push: boolean): SignalState {
  const id = x.ids.signal(x.caseId, recipient);
  return {
    id,
    caseId: x.caseId,
    recipient,
    level: x.risk.niveau,
    status: 'nieuw',
    view: viewFor(x, recipient, id, x.now),
    slaDueAt: slaDueAt(x),
    delivery: push ? 'in-afwachting' : 'niet-geconfigureerd',
    deliveryAttempts: 0,
    outcome: null,
    updates: [],
    pickedUpAt: null,
    closedAt: null,
    version: 0,
    createdAt: x.now,
    updatedAt: x.now,
  };
}

/**
 * What an existing signal needs: reopening when the system closed it for a lower level, an update when its view
 * changed, else nothing.
 */
function commandFor(x: SignalPlanInput, prior: SignalState, push: boolean): SignalCommand | null {
  const view = viewFor(x, prior.recipient, prior.id, prior.createdAt);
  if (closedBySystem(prior) && prior.outcome?.uitkomst === 'niveau-verlaagd') {
    return { type: 'reopen', at: x.now, level: x.risk.niveau, view, slaDueAt: slaDueAt(x), push };
  }
  // The facts changed (a correction, a new sibling, a reaction): tell the recipient once per change.
  if (canonicalJson(prior.view) === canonicalJson(view)) return null;
  return {
    type: 'update',
    at: x.now,
    kind: x.corrected ? 'gecorrigeerd' : 'herbeoordeeld',
    level: x.risk.niveau,
    view,
    push,
  };
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
