// A caseworker's actions on a signal of their organisation: pick it up, close it with an outcome from the published
// vocabulary. A pushed update tells the webhook receiver too.
import { applySignal, type SignalCommand } from '../../core/signal/decider.ts';
import type { SignalState } from '../../core/signal/model.ts';
import { saveSignal } from '../../store/signals.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { type Actor, auditActor } from '../actor.ts';
import { PURPOSES } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { fromRefusal } from '../errors.ts';
import { ownSignal } from '../scope.ts';
import { subjectOf } from './queries.ts';

export type CaseworkerAction = { type: 'pick-up' } | { type: 'close'; outcome: string; explanation?: string };

export async function actOnSignal(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: CaseworkerAction,
): Promise<SignalState> {
  const s = await ownSignal(ctx, actor, id);
  const at = ctx.now();
  const command: SignalCommand =
    action.type === 'pick-up' ? { type: 'pick-up', by: actor.sub, at } : { ...action, by: actor.sub, at };
  const result = applySignal(s, command);
  if (!result.ok) throw fromRefusal(result.refusal);
  await ctx.commit(
    new UnitOfWork().write(saveSignal(result.state)).record({
      actor: auditActor(actor),
      operation: action.type === 'pick-up' ? 'in-behandeling-nemen' : `afsluiten:${action.outcome}`,
      objectType: 'signaal',
      objectId: id,
      purpose: PURPOSES.signal,
      subjectBsn: subjectOf(s),
    }),
  );
  return { ...result.state, version: result.state.version + 1 };
}
