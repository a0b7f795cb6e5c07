// Reading signals (rvdk-iko, ca-ika, ciko): the organisation's inbox and one signal, each read in the logboek.
import type { Recipient, SignalStatus } from '../../../schemas/domain.ts';
import type { SignalState } from '../../core/signal/model.ts';
import { type Cursor, PAGE_SIZE, pageOf } from '../../store/page.ts';
import { listSignals as list } from '../../store/signals.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { ownSignal } from '../scope.ts';

/** The child in a signal's view (CIKO's pseudonymised view has none). */
export const subjectOf = (s: SignalState): string | null => ('kind' in s.view ? s.view.kind.burgerservicenummer : null);

export async function listSignals(
  ctx: AppContext,
  actor: Actor,
  q: { statuses?: SignalStatus[]; cursor: Cursor | null; limit?: number },
) {
  const limit = q.limit ?? PAGE_SIZE;
  const page = pageOf(
    await list(ctx.db, { recipient: actor.role as Recipient, statuses: q.statuses }, q.cursor, limit + 1),
    limit,
  );
  await recordReads(
    ctx,
    actor,
    page.items.map((s) => ({
      operation: 'lezen:lijst',
      objectType: 'signaal',
      objectId: s.id,
      purpose: PURPOSES.signal,
      subjectBsn: subjectOf(s),
    })),
  );
  return page;
}

export async function readSignal(ctx: AppContext, actor: Actor, id: string): Promise<SignalState> {
  const s = await ownSignal(ctx, actor, id);
  await recordReads(ctx, actor, [
    { operation: 'lezen', objectType: 'signaal', objectId: id, purpose: PURPOSES.signal, subjectBsn: subjectOf(s) },
  ]);
  return s;
}
