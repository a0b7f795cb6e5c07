// An officer's actions on a kennisgeving: send, hold, cancel (with a reason), and recording the other holder's
// answer. Each is decided by the notification decider and committed with its job and logboek entry; a concurrent
// action on the same notice loses the version race and gets a conflict.
import type { ReactionChannel, ReactionKind } from '../../../schemas/domain.ts';
import type { CaseState } from '../../core/case/model.ts';
import { dateRange } from '../../core/date.ts';
import { applyNotification, type NotificationCommand } from '../../core/notification/decider.ts';
import type { NotificationState } from '../../core/notification/model.ts';
import { QUEUES } from '../../ports/jobs.ts';
import { getCase } from '../../store/cases.ts';
import { saveNotification } from '../../store/notifications.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import { type Actor, auditActor } from '../actor.ts';
import { PURPOSES } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { fromRefusal, invalid } from '../errors.ts';
import { ownNotification, today } from '../scope.ts';
import { letterJob } from './jobs.ts';

export type OfficerAction = { type: 'send' } | { type: 'hold'; reason: string } | { type: 'cancel'; reason: string };

const OPERATION = { send: 'verzenden', hold: 'aanhouden', cancel: 'annuleren' } as const;

export async function actOnNotification(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: OfficerAction,
): Promise<NotificationState> {
  const n = await ownNotification(ctx, actor, id);
  const at = ctx.now();
  const command: NotificationCommand =
    action.type === 'send' ? { type: 'send', by: actor.sub, at } : { ...action, by: actor.sub, at };
  const result = applyNotification(n, command);
  if (!result.ok) throw fromRefusal(result.refusal);
  const uow = new UnitOfWork().write(saveNotification(result.state)).record({
    actor: auditActor(actor),
    operation: OPERATION[action.type],
    objectType: 'kennisgeving',
    objectId: id,
    purpose: PURPOSES.notification,
    subjectBsn: n.recipientBsn,
  });
  if (action.type === 'send') uow.enqueue(letterJob(id, undefined, result.state.history.length));
  await ctx.commit(uow);
  return { ...result.state, version: result.state.version + 1 };
}

export interface ReactionInput {
  reactie: ReactionKind;
  ontvangenOp: string;
  kanaal: ReactionChannel;
  toelichting?: string;
}

/** Records the other custody holder's answer and has the case assessed again under the published reaction rules. */
export async function recordReaction(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: ReactionInput,
): Promise<NotificationState> {
  if (input.ontvangenOp > today(ctx))
    throw invalid([{ name: 'ontvangenOp', reason: 'mag niet in de toekomst liggen' }]);
  const n = await ownNotification(ctx, actor, id);
  const at = ctx.now();
  const reaction = { ...input, door: actor.sub, vastgelegdOp: new Date(at).toISOString() };
  const result = applyNotification(n, { type: 'record-reaction', at, reaction });
  if (!result.ok) throw fromRefusal(result.refusal);
  const reassess = (suffix: string, runAt?: number) => ({
    id: `assess:${n.caseId}:reactie:${id}:${n.version}${suffix}`,
    queue: QUEUES.assessCase.name,
    key: n.caseId,
    payload: { caseId: n.caseId },
    ...(runAt ? { runAt } : {}),
  });
  // An objection is urgent once the departure date has passed: look again the day after the latest possible date.
  const last = input.reactie === 'akkoord' ? null : latestDepartureDay(await getCase(ctx.db, n.caseId));
  const later =
    last && last >= today(ctx) ? [reassess(':na-vertrek', Date.parse(`${last}T00:00:00Z`) + 86_400_000)] : [];
  await ctx.commit(
    new UnitOfWork()
      .write(saveNotification(result.state))
      .enqueue(reassess(''), ...later)
      .record({
        actor: auditActor(actor),
        operation: `reactie-vastleggen:${input.reactie}`,
        objectType: 'kennisgeving',
        objectId: id,
        purpose: PURPOSES.notification,
        subjectBsn: n.recipientBsn,
      }),
  );
  return { ...result.state, version: result.state.version + 1 };
}

const latestDepartureDay = (c: CaseState | null): string | null =>
  c?.departure ? dateRange(c.departure.datum).to : null;
