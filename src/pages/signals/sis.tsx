// SIS requests from the signal page (RvdK IKO and Ca IKA, own signals): file one, withdraw one with a reason;
// and the Ca IKA's return-request PDF. Each action calls the same use case as its API route.
import type { Context } from 'hono';
import { RedenInvoer } from '../../../schemas/api/common.ts';
import { SisVerzoekInvoer } from '../../../schemas/api/signals.ts';
import { notFound } from '../../app/errors.ts';
import { readSignal } from '../../app/signals/queries.ts';
import { returnRequestPdf } from '../../app/signals/return-request.ts';
import { fileSisRequest, listSisRequests, withdrawSisRequest } from '../../app/sis/requests.ts';
import { type ApiFormSpec, readApiForm } from '../../web/api-form.ts';
import type { WebEnv } from '../../web/env.ts';
import type { FieldError } from '../../web/forms.ts';
import type { PageRouter } from '../../web/router.ts';
import { conflictDetail, isConflict } from './conflict.ts';
import { signalCrumbs, signalIdOf } from './signal.tsx';
import { DOCUMENT_ROWS, FileSisForm, SisRequestFacts, WithdrawForm } from './sis-parts.tsx';
import { signalReference } from './ui.tsx';

const CASE_ROLES = ['rvdk-iko', 'ca-ika'] as const;

const docField = (row: number, part: 'Soort' | 'Nummer') => `document${row}${part}`;
const ROWS = Array.from({ length: DOCUMENT_ROWS }, (_, i) => i + 1);

/** The rows of travel documents with anything filled in: only those go into the API body. */
const filledRows = (v: Record<string, string>) =>
  ROWS.filter((n) => v[docField(n, 'Soort')]?.trim() || v[docField(n, 'Nummer')]?.trim());

/** The SIS form as the API's body (SisVerzoekInvoer); a travel document's problem lands beside its own row. */
export const fileSpec: ApiFormSpec = {
  body: (v) => {
    const rows = filledRows(v);
    return {
      beslissingskenmerk: (v.beslissingskenmerk ?? '').trim(),
      motivering: (v.motivering ?? '').trim(),
      ...(rows.length
        ? {
            reisdocumenten: rows.map((n) => ({
              soort: (v[docField(n, 'Soort')] ?? '').trim(),
              nummer: (v[docField(n, 'Nummer')] ?? '').trim(),
            })),
          }
        : {}),
    };
  },
  fieldOf: (path, v) => {
    if (path[0] !== 'reisdocumenten' || typeof path[1] !== 'number') return String(path[0] ?? 'beslissingskenmerk');
    return docField(filledRows(v)[path[1]] ?? 1, path[2] === 'soort' ? 'Soort' : 'Nummer');
  },
  labels: {
    beslissingskenmerk: 'Kenmerk van de beslissing',
    motivering: 'Motivering',
    ...Object.fromEntries(ROWS.flatMap((n) => [[docField(n, 'Soort'), `Soort van reisdocument ${n}`]])),
    ...Object.fromEntries(ROWS.flatMap((n) => [[docField(n, 'Nummer'), `Nummer van reisdocument ${n}`]])),
  },
  missing: {
    beslissingskenmerk: 'Vul het kenmerk van de beslissing in.',
    motivering: 'Schrijf waarom een signalering nodig is.',
    ...Object.fromEntries(ROWS.map((n) => [docField(n, 'Soort'), `Vul ook de soort van reisdocument ${n} in.`])),
    ...Object.fromEntries(ROWS.map((n) => [docField(n, 'Nummer'), `Vul ook het nummer van reisdocument ${n} in.`])),
  },
  invalid: {
    beslissingskenmerk: 'Vul het hele kenmerk van de beslissing in: minimaal 3 en hooguit 200 tekens.',
    ...Object.fromEntries(
      ROWS.flatMap((n) => [
        [docField(n, 'Soort'), 'Gebruik hooguit 50 tekens.'],
        [docField(n, 'Nummer'), 'Gebruik hooguit 50 tekens.'],
      ]),
    ),
  },
};

export const withdrawSpec: ApiFormSpec = {
  body: (v) => ({ reden: (v.reden ?? '').trim() }),
  fieldOf: () => 'reden',
  labels: { reden: 'Reden van intrekken' },
  missing: { reden: 'Schrijf waarom u het verzoek intrekt.' },
};

const back = (id: string) => [...signalCrumbs, { href: `/signalen/${id}`, label: `Signaal ${signalReference(id)}` }];

async function renderFile(
  c: Context<WebEnv>,
  id: string,
  form?: { values: Record<string, string>; errors: FieldError[] },
) {
  // Read through the use case: its scope check refuses another organisation's signal, and the read is logged.
  await readSignal(c.var.web.runtime.ctx, c.var.actor, id);
  return c.render(<FileSisForm signalId={id} values={form?.values} errors={form?.errors} />, {
    title: 'SIS-verzoek indienen',
    breadcrumbs: back(id),
    errors: form?.errors,
  });
}

async function renderWithdraw(
  c: Context<WebEnv>,
  id: string,
  requestId: string,
  form?: { values: Record<string, string>; errors: FieldError[] },
) {
  const requests = await listSisRequests(c.var.web.runtime.ctx, c.var.actor, id);
  const request = requests.find((r) => r.id === requestId);
  if (!request) throw notFound('SIS-verzoek niet gevonden.');
  const action = `/signalen/${id}/sis-verzoeken/${requestId}/intrekken`;
  return c.render(
    <div class="vs-stack">
      <SisRequestFacts request={request} />
      <WithdrawForm action={action} signalId={id} values={form?.values} errors={form?.errors} />
    </div>,
    { title: 'SIS-verzoek intrekken', breadcrumbs: back(id), errors: form?.errors },
  );
}

const requestIdOf = (c: Context<WebEnv>) => signalIdOf(c, 'requestId');

export function registerSis(r: PageRouter) {
  r.get('/signalen/:id/sis-verzoek', { roles: CASE_ROLES }, (c) => renderFile(c, signalIdOf(c)));

  r.post('/signalen/:id/sis-verzoek', { roles: CASE_ROLES }, async (c) => {
    const id = signalIdOf(c);
    const form = await readApiForm(c, SisVerzoekInvoer, fileSpec);
    if (!form.ok) {
      c.status(400);
      return renderFile(c, id, form);
    }
    try {
      await fileSisRequest(c.var.web.runtime.ctx, c.var.actor, id, form.data);
      c.var.session.flash('Het SIS-verzoek is ingediend. Het gaat zo snel mogelijk naar de bevoegde autoriteit.');
    } catch (e) {
      if (!isConflict(e)) throw e;
      c.var.session.flash(`Het SIS-verzoek is niet ingediend. ${conflictDetail(e)}`.trim(), 'warning');
    }
    return c.redirect(`/signalen/${id}#sis-verzoeken`, 303);
  });

  r.get('/signalen/:id/sis-verzoeken/:requestId/intrekken', { roles: CASE_ROLES }, (c) =>
    renderWithdraw(c, signalIdOf(c), requestIdOf(c)),
  );

  r.post('/signalen/:id/sis-verzoeken/:requestId/intrekken', { roles: CASE_ROLES }, async (c) => {
    const [id, requestId] = [signalIdOf(c), requestIdOf(c)];
    const form = await readApiForm(c, RedenInvoer, withdrawSpec);
    if (!form.ok) {
      c.status(400);
      return renderWithdraw(c, id, requestId, form);
    }
    try {
      await withdrawSisRequest(c.var.web.runtime.ctx, c.var.actor, requestId, form.data.reden);
      c.var.session.flash('Het SIS-verzoek is ingetrokken. De bevoegde autoriteit krijgt de intrekking met uw reden.');
    } catch (e) {
      if (!isConflict(e)) throw e;
      c.var.session.flash(
        'Dit SIS-verzoek was al ingetrokken of is afgehandeld. Hieronder ziet u hoe het nu staat.',
        'warning',
      );
    }
    return c.redirect(`/signalen/${id}#sis-verzoeken`, 303);
  });

  // Through a page route, so the session (not a bearer token) authorises it; never cached (pageHeaders: no-store).
  r.get('/signalen/:id/teruggeleidingsverzoek', { roles: ['ca-ika'] }, async (c) => {
    const id = signalIdOf(c);
    const pdf = await returnRequestPdf(c.var.web.runtime.ctx, c.var.actor, id);
    return c.body(pdf.slice().buffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="teruggeleidingsverzoek-${signalReference(id)}.pdf"`,
      'cache-control': 'no-store',
    });
  });
}
