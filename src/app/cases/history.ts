// Use case: the history of a departure case (what happened when) for the municipality it belongs to, built from
// what is stored. A read of case data, so it is in the logboek like any other read.
import { buildCaseHistory, type CaseHistoryEntry } from '../../core/case/history.ts';
import { chainEventsOfCase } from '../../store/events.ts';
import { notificationsOfCase } from '../../store/notifications.ts';
import { signalsOfCase } from '../../store/signals.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { ownCase } from '../scope.ts';

export async function caseHistory(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseHistoryEntry[]> {
  const c = await ownCase(ctx, actor, caseId);
  const [events, notifications, signals] = await Promise.all([
    chainEventsOfCase(ctx.db, caseId),
    notificationsOfCase(ctx.db, caseId),
    signalsOfCase(ctx.db, caseId),
  ]);
  await recordReads(ctx, actor, [
    {
      operation: 'lezen:historie',
      objectType: 'vertrekmelding',
      objectId: caseId,
      purpose: PURPOSES.notification,
      subjectBsn: c.childBsn,
    },
  ]);
  return buildCaseHistory({
    case: c,
    events: events.map((e) => ({ type: e.type, time: e.time })),
    notifications,
    signals,
  });
}
