// /kennisgevingen/:id: one notice with its letter preview and PDF, and the officer's actions (send, hold, cancel,
// record the reaction). Every action is the API's use case with the API's body schema; post, redirect, get.
import type { Context } from 'hono';
import type { z } from 'zod';
import { RedenInvoer } from '../../../schemas/api/common.ts';
import { ReactieInvoer } from '../../../schemas/api/notifications.ts';
import { notFound } from '../../app/errors.ts';
import { actOnNotification, recordReaction } from '../../app/notifications/act.ts';
import { letterPdf, readNotification } from '../../app/notifications/queries.ts';
import { NOTIFICATION_TRANSITIONS, type NotificationCommandType } from '../../core/notification/decider.ts';
import { type ApiFormSpec, fieldErrorsOf, readApiForm } from '../../web/api-form.ts';
import type { WebEnv } from '../../web/env.ts';
import type { PageRouter } from '../../web/router.ts';
import {
  CancelForm,
  cancelSpec,
  type FormState,
  HoldForm,
  holdSpec,
  ReactionForm,
  reactionSpec,
  SendForm,
} from './notice-forms.tsx';
import { Holds, LetterPreview, NoticeFacts, NoticeHistory, RecordedReaction } from './notice-sections.tsx';
import { isId, refusedAsFlash, useCaseArgs } from './ui.tsx';

const CRUMBS = [{ href: '/werkvoorraad', label: 'Werkvoorraad' }];
type FormName = 'aanhouden' | 'annuleren' | 'reactie';

async function renderNotice(c: Context<WebEnv>, id: string, form?: { name: FormName; state: FormState }) {
  const [ctx, actor] = useCaseArgs(c);
  const { notification: n, text } = await readNotification(ctx, actor, id);
  const today = new Date(ctx.now()).toISOString().slice(0, 10);
  // Which actions the notice's status allows: the decider's own transition table.
  const can = (t: NotificationCommandType) => NOTIFICATION_TRANSITIONS[t].from.includes(n.status);
  const state = (name: FormName) => (form?.name === name ? form.state : undefined);
  return c.render(
    <div class="vs-stack">
      <Holds n={n} />
      <NoticeFacts n={n} today={today} />
      <LetterPreview id={n.id} text={text} />
      {can('send') && text && <SendForm id={n.id} held={n.status === 'aangehouden'} />}
      {can('hold') && <HoldForm id={n.id} state={state('aanhouden')} />}
      {can('cancel') && <CancelForm id={n.id} state={state('annuleren')} />}
      <RecordedReaction n={n} />
      {can('record-reaction') && <ReactionForm id={n.id} today={today} state={state('reactie')} />}
      <NoticeHistory n={n} />
    </div>,
    {
      title: 'Kennisgeving',
      heading: `Kennisgeving aan ${n.recipient?.naam ?? 'de andere gezaghouder'}`,
      breadcrumbs: CRUMBS,
      errors: form?.state.errors,
    },
  );
}

const idOf = (c: Context<WebEnv>) => {
  const id = c.req.param('id') ?? '';
  if (!isId(id)) throw notFound('Kennisgeving niet gevonden.');
  return id;
};

/** Calls the use case; a refusal of the input is shown beside the fields, one of the state as a message. */
async function perform(
  c: Context<WebEnv>,
  id: string,
  run: () => Promise<unknown>,
  done: string,
  form?: { name: FormName; values: Record<string, string>; spec: ApiFormSpec },
) {
  try {
    await run();
  } catch (err) {
    const refused = refusedAsFlash(c, err, `/kennisgevingen/${id}`);
    if (refused) return refused;
    const errors = form && fieldErrorsOf(err, form.values, form.spec);
    if (!errors) throw err;
    c.status(400);
    return renderNotice(c, id, { name: form.name, state: { values: form.values, errors } });
  }
  c.var.session.flash(done);
  return c.redirect(`/kennisgevingen/${id}`, 303);
}

/** A form action: the form read through the API's schema, then the use case, then back to the notice. */
function formAction<S extends z.ZodType>(
  r: PageRouter,
  name: FormName,
  schema: S,
  spec: ApiFormSpec,
  run: (c: Context<WebEnv>, id: string, data: z.output<S>) => Promise<unknown>,
  done: string,
) {
  r.post(`/kennisgevingen/:id/${name}`, { roles: ['gemeente'] }, async (c) => {
    const id = idOf(c);
    const read = await readApiForm(c, schema, spec);
    if (!read.ok) {
      c.status(400);
      return renderNotice(c, id, { name, state: read });
    }
    return perform(c, id, () => run(c, id, read.data), done, { name, values: read.values, spec });
  });
}

export function registerNoticePage(r: PageRouter) {
  r.get('/kennisgevingen/:id', { roles: ['gemeente'] }, (c) => renderNotice(c, idOf(c)));

  // The letter as the API serves it (same use case, same logboek entry), for a browser with a session.
  r.get('/kennisgevingen/:id/brief', { roles: ['gemeente'] }, async (c) => {
    const pdf = await letterPdf(...useCaseArgs(c), idOf(c));
    return c.body(pdf.slice().buffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="kennisgeving.pdf"',
    });
  });

  r.post('/kennisgevingen/:id/verzenden', { roles: ['gemeente'] }, (c) => {
    const id = idOf(c);
    const send = () => actOnNotification(...useCaseArgs(c), id, { type: 'send' });
    return perform(c, id, send, 'De kennisgeving wordt verstuurd.');
  });
  formAction(
    r,
    'aanhouden',
    RedenInvoer,
    holdSpec,
    (c, id, d) => actOnNotification(...useCaseArgs(c), id, { type: 'hold', reason: d.reden }),
    'De kennisgeving is aangehouden.',
  );
  formAction(
    r,
    'annuleren',
    RedenInvoer,
    cancelSpec,
    (c, id, d) => actOnNotification(...useCaseArgs(c), id, { type: 'cancel', reason: d.reden }),
    'De kennisgeving is geannuleerd.',
  );
  formAction(
    r,
    'reactie',
    ReactieInvoer,
    reactionSpec,
    (c, id, d) => recordReaction(...useCaseArgs(c), id, d),
    'De reactie is vastgelegd. Vertreksignaal beoordeelt de melding opnieuw.',
  );
}
