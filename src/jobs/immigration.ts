// Job: a child settled in the Netherlands again; every open case for that child closes (one job per case,
// serialised with that case's other work).
import { and, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../deps.ts';
import type { Ops } from '../db/database.ts';
import { QUEUES } from './queues.ts';

export async function handleImmigration(deps: Deps, eventRecordId: string): Promise<Ops> {
  const { db, t } = deps.database;
  const [event] = await db.select().from(t.events).where(eq(t.events.id, eventRecordId));
  const bsn = (event?.data as { burgerservicenummer?: string } | null)?.burgerservicenummer;
  if (!bsn) return () => [];
  const open = await db.select({ id: t.cases.id }).from(t.cases).where(and(eq(t.cases.childBsn, bsn), isNull(t.cases.closedReason)));
  const now = deps.now();
  return (d) => deps.database.enqueue(d, open.map((c) => ({ id: `close:${c.id}:${eventRecordId}`, queue: QUEUES.closeCase.name, key: c.id, payload: { caseId: c.id } })), now);
}
