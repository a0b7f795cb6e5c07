// Reading departure cases as the caller may see them: a municipality its own cases with notifications and signals;
// RvdK IKO and Ca IKA only cases routed to them, with only their own signals. Lists load their children in one
// query per kind, never one per row.
import type { CaseStatus, Recipient } from '../../../schemas/domain.ts';
import type { EmigrationDataT } from '../../../schemas/events.ts';
import type { CaseState } from '../../core/case/model.ts';
import type { NotificationState } from '../../core/notification/model.ts';
import type { SignalState } from '../../core/signal/model.ts';
import { casesOfChildAmong, getCase, listCases as list } from '../../store/cases.ts';
import { caseIdsOfChild, rootEventOfCase } from '../../store/events.ts';
import { notificationsOfCases } from '../../store/notifications.ts';
import { type Cursor, PAGE_SIZE, pageOf } from '../../store/page.ts';
import { caseIdsRoutedTo, signalsOfCases } from '../../store/signals.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads, refuse } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';

export interface CaseRead {
  case: CaseState;
  notifications: NotificationState[];
  signals: SignalState[];
}

/** A case whose departure is stored but not yet assessed: status `ontvangen`, with the facts the event carried. */
export interface PendingCase {
  id: string;
  data: EmigrationDataT;
  receivedAt: number;
}

const purposeOf = (a: Actor) => (a.role === 'gemeente' ? PURPOSES.notification : PURPOSES.signal);

async function withChildren(ctx: AppContext, actor: Actor, cases: CaseState[]): Promise<CaseRead[]> {
  const ids = cases.map((c) => c.id);
  const [notifications, signals] = await Promise.all([
    actor.role === 'gemeente' ? notificationsOfCases(ctx.db, ids) : Promise.resolve([]),
    signalsOfCases(ctx.db, ids),
  ]);
  return cases.map((c) => ({
    case: c,
    notifications: notifications.filter((n) => n.caseId === c.id).sort((a, b) => a.createdAt - b.createdAt),
    signals: signals.filter((s) => s.caseId === c.id && (actor.role === 'gemeente' || s.recipient === actor.role)),
  }));
}

export async function readCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<CaseRead | { pending: PendingCase }> {
  const c = await getCase(ctx.db, id);
  const deny = () =>
    refuse(ctx, actor, forbidden(), { reason: 'andere-organisatie', objectType: 'vertrekmelding', objectId: id });
  if (!c) {
    const root = await rootEventOfCase(ctx.db, id);
    const data = root?.data as PendingCase['data'] | null;
    if (!root || !data?.gemeenteVanInschrijving) throw notFound('Vertrekmelding niet gevonden.');
    if (actor.role !== 'gemeente' || !actor.municipalities.includes(data.gemeenteVanInschrijving.code)) return deny();
    await recordReads(ctx, actor, [
      {
        operation: 'lezen',
        objectType: 'vertrekmelding',
        objectId: id,
        purpose: PURPOSES.notification,
        subjectBsn: data.burgerservicenummer,
      },
    ]);
    return { pending: { id, data, receivedAt: root.receivedAt } };
  }
  const allowed =
    actor.role === 'gemeente'
      ? actor.municipalities.includes(c.municipalityCode)
      : (await caseIdsRoutedTo(ctx.db, actor.role as Recipient, [id])).length > 0;
  if (!allowed) return deny();
  await recordReads(ctx, actor, [
    {
      operation: 'lezen',
      objectType: 'vertrekmelding',
      objectId: id,
      purpose: purposeOf(actor),
      subjectBsn: c.childBsn,
    },
  ]);
  const [read] = await withChildren(ctx, actor, [c]);
  return read;
}

export async function searchCases(ctx: AppContext, actor: Actor, childBsn: string): Promise<CaseRead[]> {
  let cases: CaseState[];
  if (actor.role === 'gemeente')
    cases = await list(ctx.db, { municipalities: actor.municipalities, childBsn }, null, PAGE_SIZE);
  else {
    const routed = await caseIdsRoutedTo(ctx.db, actor.role as Recipient, await caseIdsOfChild(ctx.db, childBsn));
    cases = await casesOfChildAmong(ctx.db, childBsn, routed);
  }
  await recordReads(ctx, actor, [
    {
      operation: `zoeken:${cases.length}`,
      objectType: 'vertrekmelding',
      purpose: purposeOf(actor),
      subjectBsn: childBsn,
    },
  ]);
  return withChildren(ctx, actor, cases);
}

export async function listCases(
  ctx: AppContext,
  actor: Actor,
  q: { municipality?: string; statuses?: CaseStatus[]; cursor: Cursor | null; limit?: number },
) {
  if (q.municipality && !actor.municipalities.includes(q.municipality)) {
    return refuse(ctx, actor, forbidden('Deze gegevens horen bij een andere gemeente.'), {
      reason: 'andere-gemeente',
      objectType: 'vertrekmelding',
    });
  }
  const limit = q.limit ?? PAGE_SIZE;
  const municipalities = q.municipality ? [q.municipality] : actor.municipalities;
  const page = pageOf(await list(ctx.db, { municipalities, statuses: q.statuses }, q.cursor, limit + 1), limit);
  await recordReads(
    ctx,
    actor,
    page.items.map((c) => ({
      operation: 'lezen:lijst',
      objectType: 'vertrekmelding',
      objectId: c.id,
      purpose: PURPOSES.notification,
      subjectBsn: c.childBsn,
    })),
  );
  return { items: await withChildren(ctx, actor, page.items), next: page.next };
}
