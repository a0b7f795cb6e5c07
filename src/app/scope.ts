// Who may see which aggregate, checked in one place: a municipality its own cases and notifications, an
// organisation the signals routed to it. A refusal is recorded in the logboek before it is raised.
import type { CaseState } from '../core/case/model.ts';
import type { NotificationState } from '../core/notification/model.ts';
import type { SignalState } from '../core/signal/model.ts';
import { getCase } from '../store/cases.ts';
import { getNotification } from '../store/notifications.ts';
import { getSignal } from '../store/signals.ts';
import type { Actor } from './actor.ts';
import { refuse } from './audit/record.ts';
import type { AppContext } from './context.ts';
import { forbidden, notFound } from './errors.ts';

export const today = (ctx: AppContext) => new Date(ctx.now()).toISOString().slice(0, 10);

export async function ownNotification(ctx: AppContext, actor: Actor, id: string): Promise<NotificationState> {
  const n = await getNotification(ctx.db, id);
  if (!n) throw notFound('Kennisgeving niet gevonden.');
  if (actor.role !== 'gemeente' || !actor.municipalities.includes(n.municipalityCode)) {
    return refuse(ctx, actor, forbidden('Deze kennisgeving hoort bij een andere gemeente.'), {
      reason: 'andere-gemeente',
      objectType: 'kennisgeving',
      objectId: id,
    });
  }
  return n;
}

export async function ownCase(ctx: AppContext, actor: Actor, id: string): Promise<CaseState> {
  const c = await getCase(ctx.db, id);
  if (!c) throw notFound('Vertrekmelding niet gevonden.');
  if (actor.role !== 'gemeente' || !actor.municipalities.includes(c.municipalityCode)) {
    return refuse(ctx, actor, forbidden('Deze vertrekmelding hoort bij een andere gemeente.'), {
      reason: 'andere-gemeente',
      objectType: 'vertrekmelding',
      objectId: id,
    });
  }
  return c;
}

/** A signal routed to the caller's organisation (the role is the organisation). */
export async function ownSignal(ctx: AppContext, actor: Actor, id: string): Promise<SignalState> {
  const s = await getSignal(ctx.db, id);
  if (!s) throw notFound('Signaal niet gevonden.');
  if (s.recipient !== actor.role) {
    return refuse(ctx, actor, forbidden('Dit signaal is niet aan uw organisatie gericht.'), {
      reason: 'andere-organisatie',
      objectType: 'signaal',
      objectId: id,
    });
  }
  return s;
}
