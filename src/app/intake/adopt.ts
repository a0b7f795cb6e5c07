// Chain events that arrive at the same moment as the event they name, in separate requests. Intake of one chain
// waits for itself where the database can lock (PostgreSQL advisory locks; in-process locks within one Node process
// or one Worker isolate), but Worker isolates share D1 without any lock: there each request reads before it writes,
// neither sees the other's event, and the correction or withdrawal would stay on no case. So after its write every
// request looks again: the later of the two always sees the earlier one's event and joins the chain event to its
// case, as arriving in order would have done (contract §2 v2).
import { EVENT_TYPES } from '../../../schemas/events.ts';
import { QUEUES } from '../../ports/jobs.ts';
import { assignCase, findEvents, type NewEvent, orphansReferringTo, type StoredEvent } from '../../store/events.ts';
import { UnitOfWork } from '../../store/unit-of-work.ts';
import type { AppContext } from '../context.ts';

type Rooted = { eventId: string; caseId: string };

const caseOfStored = (e: StoredEvent) => e.caseId ?? (e.type === EVENT_TYPES.emigration ? e.recordId : null);

/** After the commit of `rows`: joins chain events that are (still) on no case to the case of the event they name. */
export async function adoptLateChainEvents(ctx: AppContext, rows: readonly NewEvent[]): Promise<void> {
  const rooted = new Map<string, Rooted[]>();
  const add = (source: string, r: Rooted) => rooted.set(source, [...(rooted.get(source) ?? []), r]);
  for (const r of rows) {
    if (r.caseId && r.status === 'ontvangen') add(r.source, { eventId: r.eventId, caseId: r.caseId });
  }
  // Our own chain events that found no case: has the event they name arrived meanwhile?
  const loose = rows.filter(
    (r) => !r.caseId && r.refersTo && r.status === 'ontvangen' && r.type !== EVENT_TYPES.immigration,
  );
  if (loose.length) {
    const sources = [...new Set(loose.map((r) => r.source))];
    const named = await findEvents(
      ctx.db,
      sources,
      loose.map((r) => r.refersTo as string),
    );
    for (const e of named) {
      const caseId = caseOfStored(e);
      if (caseId) add(e.source, { eventId: e.eventId, caseId });
    }
  }
  for (const [source, start] of rooted) await adoptFrom(ctx, source, start);
}

/** Each round reads after the previous round's write, so a chain arriving piece by piece meanwhile is followed. */
async function adoptFrom(ctx: AppContext, source: string, start: Rooted[]) {
  let frontier = start;
  const seen = new Set<string>();
  for (let depth = 0; frontier.length && depth < 50; depth++) {
    const found = await orphansReferringTo(
      ctx.db,
      source,
      frontier.map((f) => f.eventId),
    );
    const orphans = found.filter((o) => !seen.has(o.recordId));
    const next: Rooted[] = [];
    const uow = new UnitOfWork();
    for (const o of orphans) {
      seen.add(o.recordId);
      const caseId = frontier.find((f) => f.eventId === o.refersTo)?.caseId;
      if (!caseId) continue;
      uow.write(...assignCase([o.recordId], caseId));
      const job = { id: `assess:${caseId}:${o.recordId}`, queue: QUEUES.assessCase.name, key: caseId };
      uow.enqueue({ ...job, payload: { caseId, lane: null } });
      next.push({ eventId: o.eventId, caseId });
    }
    await ctx.commit(uow);
    frontier = next;
  }
}
