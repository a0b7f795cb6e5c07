// Use cases for SIS requests (rvdk-iko, ca-ika, on their own signals): file one, list them, withdraw one. The
// hand-over itself runs as a job afterwards (the authority may be slow or down; the request is kept meanwhile).

import { applySis } from '../../core/sis/decider.ts';
import type { SisRequestBody, SisRequestState } from '../../core/sis/model.ts';
import { newId } from '../../ids.ts';
import { getSisRequest, saveSisRequest, sisRequestsOfSignal } from '../../store/sis-requests.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { type Actor, auditActor } from '../actor.ts';
import { PURPOSES, recordReads, refuse } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { conflict, forbidden, fromRefusal, notFound } from '../errors.ts';
import { ownSignal } from '../scope.ts';
import { subjectOf } from '../signals/queries.ts';
import { sisHandOverJob } from './jobs.ts';

export async function fileSisRequest(
  ctx: AppContext,
  actor: Actor,
  signalId: string,
  body: SisRequestBody,
): Promise<SisRequestState> {
  const s = await ownSignal(ctx, actor, signalId);
  if (s.status === 'afgesloten') throw conflict('Het signaal is afgesloten.', { currentStatus: s.status });
  const child = subjectOf(s);
  if (!child) throw conflict('Het signaal bevat geen kindgegevens.', { currentStatus: s.status });
  const now = ctx.now();
  const id = newId();
  const request: SisRequestState = {
    id,
    signalId,
    caseId: s.caseId,
    organisation: actor.role,
    status: 'aangeboden',
    request: body,
    history: [{ status: 'aangeboden', op: new Date(now).toISOString(), door: actor.sub }],
    reviewDate: new Date(now + ctx.settings.sisReviewDays * 86_400_000).toISOString().slice(0, 10),
    createdBy: actor.sub,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.commit(
    new UnitOfWork()
      .write(saveSisRequest(request))
      .enqueue(sisHandOverJob(id, 'request'))
      .record({
        actor: auditActor(actor),
        operation: 'sis-verzoek-indienen',
        objectType: 'sis-verzoek',
        objectId: id,
        purpose: PURPOSES.sis,
        subjectBsn: child,
      }),
  );
  return { ...request, version: 1 };
}

export async function listSisRequests(ctx: AppContext, actor: Actor, signalId: string): Promise<SisRequestState[]> {
  const s = await ownSignal(ctx, actor, signalId);
  const requests = await sisRequestsOfSignal(ctx.db, signalId);
  await recordReads(ctx, actor, [
    {
      operation: 'sis-verzoeken-lezen',
      objectType: 'signaal',
      objectId: signalId,
      purpose: PURPOSES.sis,
      subjectBsn: subjectOf(s),
    },
  ]);
  return requests;
}

/** Only the organisation that filed a request withdraws it; the withdrawal is handed to the authority by a job. */
export async function withdrawSisRequest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<SisRequestState> {
  const r = await getSisRequest(ctx.db, id);
  if (!r) throw notFound('SIS-verzoek niet gevonden.');
  if (r.organisation !== actor.role) {
    return refuse(ctx, actor, forbidden('Dit SIS-verzoek is van een andere organisatie.'), {
      reason: 'andere-organisatie',
      objectType: 'sis-verzoek',
      objectId: id,
    });
  }
  const result = applySis(r, { type: 'withdraw', at: ctx.now(), by: actor.sub, reason });
  if (!result.ok) throw fromRefusal(result.refusal);
  await ctx.commit(
    new UnitOfWork()
      .write(saveSisRequest(result.state))
      .enqueue(sisHandOverJob(id, 'withdraw'))
      .record({
        actor: auditActor(actor),
        operation: 'sis-verzoek-intrekken',
        objectType: 'sis-verzoek',
        objectId: id,
        purpose: PURPOSES.sis,
      }),
  );
  return { ...result.state, version: result.state.version + 1 };
}
