// `/signalen/{id}`: one signal as routed to the organisation (and nothing more), the rule reasons in plain words,
// later updates, pick-up and closing with an outcome; for RvdK IKO and Ca IKA its SIS requests, for the Ca IKA the
// return request. Another organisation's signal: the use case refuses, the user sees the 403 page.
import type { Context } from 'hono';
import { z } from 'zod';
import { AfsluitenInvoer } from '../../../schemas/api/signals.ts';
import { notFound } from '../../app/errors.ts';
import { actOnSignal } from '../../app/signals/act.ts';
import { readSignal } from '../../app/signals/queries.ts';
import { listSisRequests } from '../../app/sis/requests.ts';
import type { SignalState } from '../../core/signal/model.ts';
import type { SisRequestState } from '../../core/sis/model.ts';
import { type ApiFormSpec, optional, readApiForm } from '../../web/api-form.ts';
import type { WebEnv } from '../../web/env.ts';
import type { FieldError } from '../../web/forms.ts';
import type { PageRouter } from '../../web/router.ts';
import { isConflict } from './conflict.ts';
import { SIGNAL_ROLES } from './inbox.tsx';
import { isCaseView, Reasons, RoutedData } from './routed-data.tsx';
import { CloseForm, PickUp, Summary, Updates } from './signal-parts.tsx';
import { SisSection } from './sis-parts.tsx';
import { H2, P, signalReference } from './ui.tsx';

const Id = z.uuid();

/** The signal id from the path; anything else is a page that does not exist. */
export function signalIdOf(c: Context<WebEnv>, param = 'id'): string {
  const id = Id.safeParse(c.req.param(param));
  if (!id.success) throw notFound('Signaal niet gevonden.');
  return id.data;
}

export const signalCrumbs = [{ href: '/signalen', label: 'Signalen' }];

interface SignalPageData {
  signal: SignalState;
  sis: SisRequestState[] | null;
  now: number;
  role: string;
}

async function load(c: Context<WebEnv>, id: string): Promise<SignalPageData> {
  const ctx = c.var.web.runtime.ctx;
  const signal = await readSignal(ctx, c.var.actor, id);
  // CIKO's pattern signals have no SIS requests; the use case would refuse the role anyway.
  const sis = c.var.actor.role === 'ciko' ? null : await listSisRequests(ctx, c.var.actor, id);
  return { signal, sis, now: ctx.now(), role: c.var.actor.role };
}

function ReturnRequest(props: { id: string }) {
  return (
    <section aria-labelledby="teruggeleiding" class="vs-stack">
      <H2 id="teruggeleiding">Verzoek tot teruggeleiding</H2>
      <P>
        Een verzoek tot teruggeleiding volgens het Haags Kinderontvoeringsverdrag, al ingevuld met wat over deze melding
        bekend is, ook het adres in het buitenland. Controleer en vul het aan voor u het verstuurt.
      </P>
      <P>
        <a class="nl-link" href={`/signalen/${props.id}/teruggeleidingsverzoek`} download>
          Verzoek tot teruggeleiding downloaden (PDF)
        </a>
      </P>
    </section>
  );
}

function SignalPage(props: SignalPageData & { values?: Record<string, string>; errors?: FieldError[] }) {
  const s = props.signal;
  const open = s.status !== 'afgesloten';
  return (
    <div class="vs-stack">
      <Summary signal={s} now={props.now} />
      {s.status === 'nieuw' && <PickUp id={s.id} />}
      <RoutedData view={s.view} />
      <Reasons view={s.view} />
      <Updates signal={s} />
      {props.sis && <SisSection signalId={s.id} requests={props.sis} canFile={open && isCaseView(s.view)} />}
      {props.role === 'ca-ika' && isCaseView(s.view) && <ReturnRequest id={s.id} />}
      {open && <CloseForm id={s.id} values={props.values} errors={props.errors} />}
    </div>
  );
}

function render(
  c: Context<WebEnv>,
  data: SignalPageData,
  form?: { values: Record<string, string>; errors: FieldError[] },
) {
  return c.render(<SignalPage {...data} values={form?.values} errors={form?.errors} />, {
    title: 'Signaal',
    heading: `Signaal ${signalReference(data.signal.id)}`,
    breadcrumbs: signalCrumbs,
    errors: form?.errors,
  });
}

const OUTCOME_MISSING = 'Kies wat de uitkomst van het signaal was.';

/** The close form as the API's body (AfsluitenInvoer), in the form's words where the API's would not help. */
export const closeSpec: ApiFormSpec = {
  body: (v) => ({ uitkomst: (v.uitkomst ?? '').trim(), toelichting: optional(v.toelichting) }),
  fieldOf: (path) => String(path[0] ?? 'uitkomst'),
  labels: { uitkomst: 'Uitkomst', toelichting: 'Toelichting' },
  missing: { uitkomst: OUTCOME_MISSING },
  invalid: { uitkomst: OUTCOME_MISSING, toelichting: 'Gebruik voor de toelichting hooguit 2000 tekens.' },
};

export function registerSignal(r: PageRouter) {
  r.get('/signalen/:id', { roles: SIGNAL_ROLES }, async (c) => render(c, await load(c, signalIdOf(c))));

  r.post('/signalen/:id/oppakken', { roles: SIGNAL_ROLES }, async (c) => {
    const id = signalIdOf(c);
    try {
      await actOnSignal(c.var.web.runtime.ctx, c.var.actor, id, { type: 'pick-up' });
      c.var.session.flash('U heeft het signaal opgepakt. Het staat nu bij de signalen in behandeling.');
    } catch (e) {
      if (!isConflict(e)) throw e;
      c.var.session.flash('Dit signaal is al opgepakt of afgesloten. Hieronder ziet u hoe het nu staat.', 'warning');
    }
    return c.redirect(`/signalen/${id}`, 303);
  });

  r.post('/signalen/:id/afsluiten', { roles: SIGNAL_ROLES }, async (c) => {
    const id = signalIdOf(c);
    const form = await readApiForm(c, AfsluitenInvoer, closeSpec);
    if (!form.ok) {
      c.status(400);
      return render(c, await load(c, id), form);
    }
    const { uitkomst, toelichting } = form.data;
    try {
      await actOnSignal(c.var.web.runtime.ctx, c.var.actor, id, {
        type: 'close',
        outcome: uitkomst,
        explanation: toelichting,
      });
      c.var.session.flash('Het signaal is afgesloten.');
    } catch (e) {
      if (!isConflict(e)) throw e;
      c.var.session.flash('Dit signaal was al afgesloten. Hieronder ziet u hoe het nu staat.', 'warning');
    }
    return c.redirect(`/signalen/${id}`, 303);
  });
}
