// Use case: how many signals the caller's organisation has per status, for the inbox's status tabs. Counts only,
// no personal data; still in the logboek, as every read of the signal register is.
import { RECIPIENTS, type Recipient, SIGNAL_STATUSES, type SignalStatus } from '../../../schemas/domain.ts';
import { countSignalsByStatus } from '../../store/signals.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { forbidden } from '../errors.ts';

export async function countSignals(ctx: AppContext, actor: Actor): Promise<Record<SignalStatus, number>> {
  if (!(RECIPIENTS as readonly string[]).includes(actor.role))
    throw forbidden('Alleen een ontvangende organisatie heeft signalen.');
  const counts = await countSignalsByStatus(ctx.db, actor.role as Recipient);
  await recordReads(ctx, actor, [{ operation: 'tellen', objectType: 'signaal', purpose: PURPOSES.signal }]);
  return Object.fromEntries(SIGNAL_STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<SignalStatus, number>;
}
