// Which signals a case's risk level routes to Ca IKA, RvdK IKO and CIKO, each with its least-data view,
// compared with those already made: new signals are created once; changed ones get an update pushed.
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Db } from '../db/database.ts';
import { decideRouting, type Recipient } from '../core/risk/routing.ts';
import { signalView } from '../core/risk/views.ts';
import { derivedId } from '../ids.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { PURPOSES, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.ts';
import { QUEUES, type NewJob } from './queues.ts';
import type { ChildView, CustodyView, DepartureView, RiskView } from './case-views.ts';
import type { RiskLevel } from '../core/risk/level.ts';

export interface SignalUpdate { soort: string; op: string; niveau?: RiskLevel }

export interface SignalContext {
  /** No case row existed before this assessment. */
  firstAssessment: boolean;
  caseId: string;
  risk: RiskView;
  child: ChildView;
  departure: DepartureView;
  custody: CustodyView | null;
  declarantBsn?: string;
  corrected: boolean;
  now: number;
}

export function webhookFor(deps: Deps, recipient: string): string | undefined {
  const c = deps.config;
  return recipient === 'ca-ika' ? c.WEBHOOK_CA_IKA : recipient === 'rvdk-iko' ? c.WEBHOOK_RVDK_IKO : recipient === 'ciko' ? c.WEBHOOK_CIKO : undefined;
}

export function slaHours(deps: Deps, level: RiskLevel): number {
  const c = deps.config;
  return level === 'urgent' ? c.SIGNAL_SLA_HOURS_URGENT : level === 'hoog' ? c.SIGNAL_SLA_HOURS_HOOG : c.SIGNAL_SLA_HOURS_VERHOOGD;
}

export const deliveryJob = (deps: Deps, signalId: string, seq: number): NewJob => ({
  id: `deliver-signal:${signalId}:${seq}`, queue: QUEUES.deliverSignal.name, key: `signal:${signalId}`, payload: { signalId, seq }, maxAttempts: deps.config.WEBHOOK_MAX_ATTEMPTS,
});

export async function planSignals(deps: Deps, x: SignalContext) {
  const { db, t } = deps.database;
  // Before the case's first assessment was stored nothing can exist for it (both are written together).
  const existing = x.firstAssessment ? [] : await db.select().from(t.signals).where(eq(t.signals.caseId, x.caseId));
  const byRecipient = new Map(existing.map((s) => [s.recipient, s]));
  const inserts: (typeof t.signals.$inferInsert)[] = [];
  const updates: { id: string; set: Partial<typeof t.signals.$inferInsert> }[] = [];
  const jobs: NewJob[] = [];
  const audit: AuditEntry[] = [];
  const iso = new Date(x.now).toISOString();

  for (const recipient of decideRouting(x.risk.niveau) as Recipient[]) {
    const prior = byRecipient.get(recipient);
    const signalId = prior?.id ?? (await derivedId('signaal', x.caseId, recipient));
    const view = signalView(recipient, {
      caseId: x.caseId, signalId, level: x.risk.niveau, redenen: x.risk.redenen, regelsetVersie: x.risk.regelsetVersie,
      child: x.child, departure: x.departure,
      custody: { type: x.custody?.type ?? 'onbekend', gezaghouders: x.custody?.gezaghouders ?? [] },
      declarant: x.declarantBsn ? { burgerservicenummer: x.declarantBsn } : undefined,
      createdAt: prior ? new Date(prior.createdAt).toISOString() : iso,
    });
    const hook = webhookFor(deps, recipient);
    if (!prior) {
      inserts.push({
        id: signalId, caseId: x.caseId, recipient, level: x.risk.niveau, status: 'nieuw', view,
        slaDueAt: x.now + slaHours(deps, x.risk.niveau) * 3_600_000, delivery: hook ? 'in-afwachting' : 'niet-geconfigureerd',
        deliveryAttempts: 0, outcome: null, updates: [], createdAt: x.now, updatedAt: x.now,
      });
      if (hook) jobs.push(deliveryJob(deps, signalId, 0));
      audit.push({ actor: SYSTEM_ACTOR, operation: 'signaal-aanmaken', objectType: 'signaal', objectId: signalId, purpose: PURPOSES.signal, subjectBsn: x.child.burgerservicenummer });
      continue;
    }
    // Canonical form: PostgreSQL's jsonb gives the stored view back with its keys in another order.
    if (canonicalJson(prior.view) === canonicalJson(view)) continue;
    // The facts changed (a correction, a new sibling): tell the recipient, once per change.
    const list = [...((prior.updates as SignalUpdate[]) ?? []), { soort: x.corrected ? 'gecorrigeerd' : 'herbeoordeeld', op: iso, niveau: x.risk.niveau }];
    updates.push({ id: prior.id, set: { view, level: x.risk.niveau, updates: list, updatedAt: x.now, ...(hook ? { delivery: 'in-afwachting' } : {}) } });
    if (hook) jobs.push(deliveryJob(deps, prior.id, list.length));
    audit.push({ actor: SYSTEM_ACTOR, operation: 'signaal-bijwerken', objectType: 'signaal', objectId: prior.id, purpose: PURPOSES.signal, subjectBsn: x.child.burgerservicenummer });
  }
  return {
    jobs,
    audit,
    ops: (d: Db) => [
      ...(inserts.length ? [d.insert(t.signals).values(inserts).onConflictDoNothing()] : []),
      ...updates.map((u) => d.update(t.signals).set(u.set).where(eq(t.signals.id, u.id))),
    ],
  };
}
