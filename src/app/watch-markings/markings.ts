// Use cases for aandachtsmarkeringen (rvdk-iko, ca-ika): mark a child until a date, list the organisation's
// markings, end one. Setting or ending a marking has the child's open cases assessed again.
import { applyWatchMarking, type WatchMarkingState } from '../../core/watch-marking/decider.ts';
import { newId } from '../../ids.ts';
import { QUEUES } from '../../ports/jobs.ts';
import { openCasesOfChild } from '../../store/cases.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { getWatchMarking, saveWatchMarking, watchMarkingsOf } from '../../store/watch-markings.ts';
import { type Actor, auditActor } from '../actor.ts';
import { PURPOSES, recordReads, refuse } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { forbidden, invalid, notFound } from '../errors.ts';
import { today } from '../scope.ts';

export async function addWatchMarking(
  ctx: AppContext,
  actor: Actor,
  input: { burgerservicenummer: string; reden: string; geldigTot: string },
): Promise<WatchMarkingState> {
  if (input.geldigTot < today(ctx)) throw invalid([{ name: 'geldigTot', reason: 'moet vandaag of later zijn' }]);
  const now = ctx.now();
  const m: WatchMarkingState = {
    id: newId(),
    childBsn: input.burgerservicenummer,
    reason: input.reden,
    validUntil: input.geldigTot,
    organisation: actor.role,
    createdBy: actor.sub,
    createdAt: now,
    removedAt: null,
    version: 0,
  };
  const uow = new UnitOfWork().write(saveWatchMarking(m)).record({
    actor: auditActor(actor),
    operation: 'markering-aanmaken',
    objectType: 'aandachtsmarkering',
    objectId: m.id,
    purpose: PURPOSES.watch,
    subjectBsn: m.childBsn,
  });
  await reassessChild(ctx, uow, m.childBsn, `markering:${m.id}`);
  await ctx.commit(uow);
  return { ...m, version: 1 };
}

export async function listWatchMarkings(ctx: AppContext, actor: Actor, all: boolean): Promise<WatchMarkingState[]> {
  const rows = await watchMarkingsOf(ctx.db, actor.role, today(ctx), all, 1000);
  await recordReads(
    ctx,
    actor,
    rows.map((m) => ({
      operation: 'lezen:lijst',
      objectType: 'aandachtsmarkering',
      objectId: m.id,
      purpose: PURPOSES.watch,
      subjectBsn: m.childBsn,
    })),
  );
  return rows;
}

export async function endWatchMarking(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const m = await getWatchMarking(ctx.db, id);
  if (!m || m.removedAt !== null) throw notFound('Markering niet gevonden.');
  const result = applyWatchMarking(m, { type: 'end', at: ctx.now(), organisation: actor.role });
  if (!result.ok) {
    if (result.refusal.code === 'forbidden') {
      await refuse(ctx, actor, forbidden(result.refusal.detail), {
        reason: 'andere-organisatie',
        objectType: 'aandachtsmarkering',
        objectId: id,
      });
    }
    throw notFound(result.refusal.detail);
  }
  const uow = new UnitOfWork().write(saveWatchMarking(result.state)).record({
    actor: auditActor(actor),
    operation: 'markering-beeindigen',
    objectType: 'aandachtsmarkering',
    objectId: id,
    purpose: PURPOSES.watch,
    subjectBsn: m.childBsn,
  });
  await reassessChild(ctx, uow, m.childBsn, `markering-einde:${id}`);
  await ctx.commit(uow);
}

/** Open cases of the child are looked at again: a marking can make them urgent, its end can lower them. */
async function reassessChild(ctx: AppContext, uow: UnitOfWork, childBsn: string, why: string) {
  for (const c of await openCasesOfChild(ctx.db, childBsn)) {
    uow.enqueue({ id: `reassess:${c.id}:${why}`, queue: QUEUES.assessCase.name, key: c.id, payload: { caseId: c.id } });
  }
}
