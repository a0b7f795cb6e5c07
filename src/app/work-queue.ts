// Use case: the municipality's work queue: notices to review, held or failed, and cases to check by hand, with a
// count per kind. Oldest first, a page at a time over both kinds together; every item shown is a logged read.
import type { CaseState } from '../core/case/model.ts';
import type { NotificationState } from '../core/notification/model.ts';
import { countCasesByStatus, getCases, listCases } from '../store/cases.ts';
import { countNotificationsByStatus, listNotifications } from '../store/notifications.ts';
import { type Cursor, PAGE_SIZE } from '../store/page.ts';
import type { Actor } from './actor.ts';
import { PURPOSES, type ReadEntry, recordReads, refuse } from './audit/record.ts';
import type { AppContext } from './context.ts';
import { forbidden } from './errors.ts';

export const WORK_FILTERS = ['te-beoordelen', 'aangehouden', 'mislukt', 'handmatige-controle'] as const;
export type WorkFilter = (typeof WORK_FILTERS)[number];
const NOTICE_FILTERS = ['te-beoordelen', 'aangehouden', 'mislukt'] as const;

export type WorkItem =
  | { kind: 'kennisgeving'; notification: NotificationState; case: CaseState | null; createdAt: number; id: string }
  | { kind: 'vertrekmelding'; case: CaseState; createdAt: number; id: string };

export interface WorkQueue {
  counts: Record<WorkFilter, number>;
  items: WorkItem[];
  next: Cursor | null;
}

async function assertOfficer(ctx: AppContext, actor: Actor): Promise<void> {
  if (actor.role !== 'gemeente' || actor.municipalities.length === 0) {
    await refuse(ctx, actor, forbidden('De werkvoorraad is er alleen voor de gemeente.'), {
      reason: 'rol',
      objectType: 'werkvoorraad',
    });
  }
}

/** How many items wait per kind in the officer's municipalities. Counts only: no personal data, no logboek entry. */
export async function workQueueCounts(ctx: AppContext, actor: Actor): Promise<Record<WorkFilter, number>> {
  await assertOfficer(ctx, actor);
  const [notices, cases] = await Promise.all([
    countNotificationsByStatus(ctx.db, actor.municipalities),
    countCasesByStatus(ctx.db, actor.municipalities, ['handmatige-controle']),
  ]);
  return {
    'te-beoordelen': notices.get('te-beoordelen') ?? 0,
    aangehouden: notices.get('aangehouden') ?? 0,
    mislukt: notices.get('mislukt') ?? 0,
    'handmatige-controle': cases.get('handmatige-controle') ?? 0,
  };
}

/** One page of the queue: one kind, or all kinds merged on (created, id) with one cursor. */
export async function workQueue(
  ctx: AppContext,
  actor: Actor,
  q: { filter?: WorkFilter; cursor: Cursor | null; limit?: number },
): Promise<WorkQueue> {
  const counts = await workQueueCounts(ctx, actor);
  const limit = q.limit ?? PAGE_SIZE;
  const noticeStatuses = q.filter ? NOTICE_FILTERS.filter((s) => s === q.filter) : [...NOTICE_FILTERS];
  const wantCases = !q.filter || q.filter === 'handmatige-controle';
  const municipalities = actor.municipalities;
  const [notices, cases] = await Promise.all([
    noticeStatuses.length
      ? listNotifications(ctx.db, { municipalities, statuses: noticeStatuses }, q.cursor, limit + 1)
      : Promise.resolve([]),
    wantCases
      ? listCases(ctx.db, { municipalities, statuses: ['handmatige-controle'] }, q.cursor, limit + 1)
      : Promise.resolve([]),
  ]);
  const merged = [
    ...notices.map((n) => ({ kind: 'kennisgeving' as const, n })),
    ...cases.map((c) => ({ kind: 'vertrekmelding' as const, c })),
  ]
    .map((x) => ({ ...x, createdAt: x.kind === 'kennisgeving' ? x.n.createdAt : x.c.createdAt }))
    .map((x) => ({ ...x, id: x.kind === 'kennisgeving' ? x.n.id : x.c.id }))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const page = merged.slice(0, limit);
  const last = page.at(-1);
  const next = merged.length > limit && last ? { at: last.createdAt, id: last.id } : null;

  const noticeCases = new Map(
    (await getCases(ctx.db, [...new Set(page.flatMap((x) => (x.kind === 'kennisgeving' ? [x.n.caseId] : [])))])).map(
      (c) => [c.id, c],
    ),
  );
  const items: WorkItem[] = page.map((x) =>
    x.kind === 'kennisgeving'
      ? { kind: x.kind, notification: x.n, case: noticeCases.get(x.n.caseId) ?? null, createdAt: x.createdAt, id: x.id }
      : { kind: x.kind, case: x.c, createdAt: x.createdAt, id: x.id },
  );
  const reads = new Map(items.flatMap(readsOf).map((r) => [`${r.objectType}:${r.objectId}`, r]));
  await recordReads(ctx, actor, [...reads.values()]);
  return { counts, items, next };
}

/** A notice shows its recipient and its case's child; a case its child: each is a read of that person's data. */
function readsOf(item: WorkItem): ReadEntry[] {
  const read = (objectType: string, objectId: string, subjectBsn: string | null): ReadEntry => ({
    operation: 'lezen:werkvoorraad',
    objectType,
    objectId,
    purpose: PURPOSES.notification,
    subjectBsn,
  });
  if (item.kind === 'vertrekmelding') return [read('vertrekmelding', item.case.id, item.case.childBsn)];
  const n = item.notification;
  return [
    read('kennisgeving', n.id, n.recipientBsn),
    ...(item.case ? [read('vertrekmelding', item.case.id, item.case.childBsn)] : []),
  ];
}
