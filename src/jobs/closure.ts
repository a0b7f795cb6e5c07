// Closing a case on withdrawal or immigration: pending notices are cancelled with a reason, sent ones get a
// follow-up letter, open signals are closed, and every organisation already signalled is told. Idempotent.
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Ops } from '../db/database.ts';
import { auditInsert, auditRows, PURPOSES, SYSTEM_ACTOR } from '../audit/audit.ts';
import { QUEUES, type NewJob } from './queues.ts';
import { PENDING, SENT } from './plan-notifications.ts';
import { deliveryJob, webhookFor, type SignalUpdate } from './plan-signals.ts';
import type { FollowUp, HistoryEntry } from './case-views.ts';

export async function closeCaseOps(deps: Deps, caseId: string, status: 'ingetrokken' | 'afgesloten', reason: 'ingetrokken' | 'immigratie'): Promise<Ops> {
  const { db, t } = deps.database;
  const now = deps.now();
  const iso = new Date(now).toISOString();
  const [c] = await db.select().from(t.cases).where(eq(t.cases.id, caseId));
  if (!c) return () => [];
  const notifications = await db.select().from(t.notifications).where(eq(t.notifications.caseId, caseId));
  const signals = await db.select().from(t.signals).where(eq(t.signals.caseId, caseId));
  const why = reason === 'ingetrokken' ? 'registratie-ingetrokken' : 'kind-weer-in-nederland';
  const followUpKind = reason === 'ingetrokken' ? 'intrekking' : 'immigratie';
  const jobs: NewJob[] = [];
  const nUpdates: { id: string; set: Partial<typeof t.notifications.$inferInsert> }[] = [];
  const sUpdates: { id: string; set: Partial<typeof t.signals.$inferInsert> }[] = [];

  for (const n of notifications) {
    if (PENDING.includes(n.status)) {
      nUpdates.push({ id: n.id, set: { status: 'geannuleerd', history: [...(n.history as HistoryEntry[]), { status: 'geannuleerd', op: iso, door: 'systeem', reden: why }], updatedAt: now } });
    } else if (SENT.includes(n.status)) {
      const followUps = (n.followUps as FollowUp[]) ?? [];
      if (followUps.some((f) => f.soort === followUpKind)) continue;
      const list: FollowUp[] = [...followUps, { soort: followUpKind, op: iso, status: 'in-afwachting', reden: why }];
      nUpdates.push({ id: n.id, set: { followUps: list, updatedAt: now } });
      jobs.push({ id: `deliver-notification:${n.id}:${list.length}`, queue: QUEUES.deliverNotification.name, key: n.id, payload: { notificationId: n.id, followUp: list.length - 1 } });
    }
  }
  for (const s of signals) {
    const updates = (s.updates as SignalUpdate[]) ?? [];
    if (updates.some((u) => u.soort === why)) continue;
    const list = [...updates, { soort: why, op: iso }];
    const hook = webhookFor(deps, s.recipient);
    sUpdates.push({
      id: s.id,
      set: {
        updates: list, updatedAt: now,
        ...(s.status !== 'afgesloten' ? { status: 'afgesloten', outcome: { uitkomst: why, toelichting: 'Automatisch afgesloten door de BRP-gebeurtenis.', door: 'systeem', op: iso } } : {}),
        ...(hook ? { delivery: 'in-afwachting' } : {}),
      },
    });
    if (hook) jobs.push(deliveryJob(deps, s.id, list.length));
  }
  const audit = await auditRows(deps.pseudonyms, [{ actor: SYSTEM_ACTOR, operation: `afsluiten:${reason}`, objectType: 'vertrekmelding', objectId: caseId, purpose: PURPOSES.assessment, subjectBsn: c.childBsn }], now);
  return (d) => [
    d.update(t.cases).set({ status, closedReason: reason, updatedAt: now }).where(eq(t.cases.id, caseId)),
    ...nUpdates.map((u) => d.update(t.notifications).set(u.set).where(eq(t.notifications.id, u.id))),
    ...sUpdates.map((u) => d.update(t.signals).set(u.set).where(eq(t.signals.id, u.id))),
    ...deps.database.enqueue(d, jobs, now),
    ...auditInsert(d, t, audit),
  ];
}
