// Reading kennisgevingen (role gemeente, own municipalities): the work list, one notice with its letter text, the PDF.
import type { NotificationStatus } from '../../../schemas/domain.ts';
import type { NotificationState } from '../../core/notification/model.ts';
import { getCase } from '../../store/cases.ts';
import { listNotifications as list } from '../../store/notifications.ts';
import { type Cursor, PAGE_SIZE, pageOf } from '../../store/page.ts';
import type { Actor } from '../actor.ts';
import { PURPOSES, recordReads } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { ownNotification, today } from '../scope.ts';
import { letterOf, letterText } from './letter.ts';

export async function listNotifications(
  ctx: AppContext,
  actor: Actor,
  q: { statuses?: NotificationStatus[]; cursor: Cursor | null; limit?: number },
) {
  const limit = q.limit ?? PAGE_SIZE;
  const page = pageOf(
    await list(ctx.db, { municipalities: actor.municipalities, statuses: q.statuses }, q.cursor, limit + 1),
    limit,
  );
  await recordReads(
    ctx,
    actor,
    page.items.map((n) => ({
      operation: 'lezen:lijst',
      objectType: 'kennisgeving',
      objectId: n.id,
      purpose: PURPOSES.notification,
      subjectBsn: n.recipientBsn,
    })),
  );
  return page;
}

export interface NotificationDetail {
  notification: NotificationState;
  /** The letter as it will be sent (null when there is no usable address). */
  text: string[] | null;
}

export async function readNotification(ctx: AppContext, actor: Actor, id: string): Promise<NotificationDetail> {
  const n = await ownNotification(ctx, actor, id);
  const c = await getCase(ctx.db, n.caseId);
  const letter = c ? letterOf(n, c, today(ctx)) : null;
  await recordReads(ctx, actor, [
    {
      operation: 'lezen',
      objectType: 'kennisgeving',
      objectId: id,
      purpose: PURPOSES.notification,
      subjectBsn: n.recipientBsn,
    },
  ]);
  return { notification: n, text: letter ? letterText(letter) : null };
}

export async function letterPdf(ctx: AppContext, actor: Actor, id: string): Promise<Uint8Array> {
  const n = await ownNotification(ctx, actor, id);
  const c = await getCase(ctx.db, n.caseId);
  const letter = c ? letterOf(n, c, today(ctx)) : null;
  if (!letter)
    throw conflict('Er is geen bruikbaar adres van de ontvanger; de brief kan niet worden opgemaakt.', {
      currentStatus: n.status,
    });
  await recordReads(ctx, actor, [
    {
      operation: 'brief-lezen',
      objectType: 'kennisgeving',
      objectId: id,
      purpose: PURPOSES.notification,
      subjectBsn: n.recipientBsn,
    },
  ]);
  return ctx.documents.letterPdf(letter);
}
