// Turns an assessment plan into one unit of work: the stores' writes, the follow-up jobs (webhook pushes, letters,
// siblings to look at again, SIS withdrawals) and the logboek entries, committed together.
import type { AssessmentPlan } from '../../core/assessment/plan.ts';
import type { CaseState } from '../../core/case/model.ts';
import { applySis } from '../../core/sis/decider.ts';
import { DOMAIN_IDS } from '../../ids.ts';
import { type NewJob, QUEUES } from '../../ports/jobs.ts';
import { saveCase } from '../../store/cases.ts';
import { saveNotification } from '../../store/notifications.ts';
import { saveSignal } from '../../store/signals.ts';
import { openSisRequestsOfCase, saveSisRequest } from '../../store/sis-requests.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { SYSTEM } from '../actor.ts';
import { PURPOSES } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { letterJob } from '../notifications/jobs.ts';
import { pushJob } from '../signals/jobs.ts';
import { sisHandOverJob } from '../sis/jobs.ts';

const DAY = 86_400_000;

interface Context {
  existing: CaseState | null;
  declarantBsn: string | null;
  declarantCases: readonly { id: string; childBsn: string | null; createdAt: number }[];
  now: number;
}

export async function applyAssessment(ctx: AppContext, plan: AssessmentPlan, x: Context): Promise<void> {
  const c = plan.case;
  if (!c) return;
  const uow = new UnitOfWork();
  const subject = c.childBsn;
  const entry = (operation: string, objectType: string, objectId: string, purpose: string, subjectBsn = subject) => ({
    actor: SYSTEM,
    operation,
    objectType,
    objectId,
    purpose,
    subjectBsn,
  });

  uow.write(saveCase(c));
  if (plan.brpConsulted) uow.record(entry('brp-raadplegen', 'vertrekmelding', c.id, PURPOSES.assessment));
  uow.record(
    entry(
      c.closedReason ? `afsluiten:${c.closedReason}` : x.existing ? 'herbeoordelen' : 'beoordelen',
      'vertrekmelding',
      c.id,
      PURPOSES.assessment,
    ),
  );

  for (const n of plan.notifications.created) {
    uow
      .write(saveNotification(n))
      .record(entry('kennisgeving-aanmaken', 'kennisgeving', n.id, PURPOSES.notification, n.recipientBsn));
  }
  for (const n of plan.notifications.changed) {
    uow
      .write(saveNotification(n))
      .record(entry('kennisgeving-bijwerken', 'kennisgeving', n.id, PURPOSES.notification, n.recipientBsn));
  }
  for (const l of plan.notifications.letters) uow.enqueue(letterJob(l.id, l.index));
  for (const s of plan.signals.created)
    uow.write(saveSignal(s)).record(entry('signaal-aanmaken', 'signaal', s.id, PURPOSES.signal));
  for (const s of plan.signals.changed)
    uow.write(saveSignal(s)).record(entry('signaal-bijwerken', 'signaal', s.id, PURPOSES.signal));
  for (const p of plan.signals.pushes) uow.enqueue(pushJob(ctx.settings, p.id, p.seq));

  if (c.closedReason) await withdrawSisRequests(ctx, uow, c, x.now);
  else if (!x.existing && x.declarantBsn) uow.enqueue(...siblingJobs(c, x, x.declarantBsn));

  await ctx.commit(uow);
  ctx.metrics.inc('vertreksignaal_assessments_total', { status: c.status });
}

/**
 * A new case can change the risk of the declarant's other recent cases (siblings): look at those once more. Bounded,
 * and only siblings, not every earlier registration of the same child.
 */
function siblingJobs(c: CaseState, x: Context, declarantBsn: string): NewJob[] {
  const lane = DOMAIN_IDS.lane(declarantBsn);
  return x.declarantCases
    .filter((r) => r.childBsn !== c.childBsn && r.createdAt >= x.now - 30 * DAY)
    .slice(0, 20)
    .map((r) => ({
      id: `reassess:${r.id}:${c.id}`,
      queue: QUEUES.assessCase.name,
      key: r.id,
      payload: { caseId: r.id, lane },
    }));
}

/** A case that ends withdraws its open SIS requests; the withdrawal is handed to the authority by a job. */
async function withdrawSisRequests(ctx: AppContext, uow: UnitOfWork, c: CaseState, now: number) {
  const reason =
    c.closedReason === 'ingetrokken'
      ? 'De registratie van het vertrek is ingetrokken.'
      : 'Het kind is weer in Nederland ingeschreven.';
  for (const r of await openSisRequestsOfCase(ctx.db, c.id)) {
    const next = applySis(r, { type: 'withdraw', at: now, by: SYSTEM.sub, reason });
    if (!next.ok) continue;
    uow.write(saveSisRequest(next.state)).enqueue(sisHandOverJob(r.id, 'withdraw'));
    uow.record({
      actor: SYSTEM,
      operation: 'sis-verzoek-intrekken',
      objectType: 'sis-verzoek',
      objectId: r.id,
      purpose: PURPOSES.sis,
      subjectBsn: c.childBsn,
    });
  }
}
