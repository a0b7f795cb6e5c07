// Use case (job): a child settled in the Netherlands again. Every case opened for that child, in any municipality
// and also one not yet assessed, is looked at again; the assessment sees the immigration and closes it, telling
// the municipality's officers (on the case) and every organisation already signalled (contract §2 v2).
import { QUEUES } from '../../ports/jobs.ts';
import { caseIdsOfChild, getEventData } from '../../store/events.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import type { AppContext } from '../context.ts';

export async function handleImmigration(ctx: AppContext, eventRecordId: string): Promise<void> {
  const event = await getEventData(ctx.db, eventRecordId);
  if (!event?.childBsn) return;
  const caseIds = await caseIdsOfChild(ctx.db, event.childBsn);
  if (caseIds.length === 0) return;
  await ctx.commit(
    new UnitOfWork().enqueue(
      ...caseIds.map((id) => ({
        id: `assess:${id}:immigratie:${eventRecordId}`,
        queue: QUEUES.assessCase.name,
        key: id,
        payload: { caseId: id },
      })),
    ),
  );
}
