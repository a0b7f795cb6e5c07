// Use case: an officer records custody established by hand (e.g. from the court's custody register) for a case the
// BRP could not decide (handmatige-controle). The case is then assessed with it exactly as with BRP custody.
import { applyCase } from '../../core/case/decider.ts';
import type { CaseState, CustodyView } from '../../core/case/model.ts';
import { QUEUES } from '../../ports/jobs.ts';
import { saveCase } from '../../store/cases.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { type Actor, auditActor } from '../actor.ts';
import { PURPOSES } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { fromRefusal, invalid } from '../errors.ts';
import { ownCase } from '../scope.ts';

export interface CustodyInput {
  type: string;
  gezaghouders: { burgerservicenummer: string }[];
  bron: string;
  toelichting: string;
}

export async function recordCustody(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: CustodyInput,
): Promise<CaseState> {
  const bsns = input.gezaghouders.map((h) => h.burgerservicenummer);
  if (new Set(bsns).size !== bsns.length)
    throw invalid([{ name: 'gezaghouders', reason: 'noemt een gezaghouder twee keer' }]);
  const c = await ownCase(ctx, actor, caseId);
  if (c.childBsn && bsns.includes(c.childBsn))
    throw invalid([{ name: 'gezaghouders', reason: 'het kind kan geen gezaghouder zijn' }]);
  const at = ctx.now();
  const custody: CustodyView = {
    type: input.type,
    gezaghouders: input.gezaghouders.map((h) => ({ burgerservicenummer: h.burgerservicenummer })),
    bepaaldOp: new Date(at).toISOString(),
    bekend: true,
    bron: 'handmatig',
    vastgelegdDoor: actor.sub,
    bronDocument: input.bron,
    toelichting: input.toelichting,
  };
  const result = applyCase(c, { type: 'record-custody', at, custody });
  if (!result.ok) throw fromRefusal(result.refusal);
  await ctx.commit(
    new UnitOfWork()
      .write(saveCase(result.state))
      .enqueue({
        id: `assess:${caseId}:gezag:${c.version}`,
        queue: QUEUES.assessCase.name,
        key: caseId,
        payload: { caseId },
      })
      .record({
        actor: auditActor(actor),
        operation: 'gezag-vastleggen',
        objectType: 'vertrekmelding',
        objectId: caseId,
        purpose: PURPOSES.assessment,
        subjectBsn: c.childBsn,
      }),
  );
  return { ...result.state, version: result.state.version + 1 };
}
