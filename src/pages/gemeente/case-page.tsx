// /vertrekmeldingen/:id: one departure case as its municipality sees it, with its history; in handmatige-controle
// the form to record custody by hand. Reads and the action go through the same use cases as the API.
import type { Context } from 'hono';
import { GezagInvoer } from '../../../schemas/api/cases.ts';
import { recordCustody } from '../../app/cases/custody.ts';
import { caseHistory } from '../../app/cases/history.ts';
import { type PendingCase, readCase } from '../../app/cases/read.ts';
import { notFound } from '../../app/errors.ts';
import { fieldErrorsOf, readApiForm } from '../../web/api-form.ts';
import type { WebEnv } from '../../web/env.ts';
import type { FieldError } from '../../web/forms.ts';
import type { PageRouter } from '../../web/router.ts';
import { CaseHistory } from './case-history.tsx';
import { Assessment, ChildAndDeparture, Custody, datumText, Notices, Risk, Signals } from './case-sections.tsx';
import { CustodyForm, custodySpec } from './custody-form.tsx';
import { Callout, Fact, Facts, isId, P, refusedAsFlash, Section, useCaseArgs } from './ui.tsx';
import { caseStatusText, dateTimeText } from './words.ts';

const CRUMBS = [{ href: '/werkvoorraad', label: 'Werkvoorraad' }];
const CLOSED = {
  ingetrokken: 'De registratie van het vertrek is ingetrokken. Deze vertrekmelding is gesloten.',
  immigratie: 'Het kind woont weer in Nederland. Deze vertrekmelding is gesloten.',
} as const;

function Pending(props: { p: PendingCase }) {
  const d = props.p.data;
  return (
    <Section id="kind" title="Kind en vertrek">
      <P>Vertreksignaal heeft deze melding ontvangen en beoordeelt haar zo snel mogelijk. Kijk straks nog eens.</P>
      <Facts>
        <Fact label="Burgerservicenummer kind">{d.burgerservicenummer}</Fact>
        <Fact label="Vertrekdatum">{datumText(d.datumAanvangAdresBuitenland)}</Fact>
        <Fact label="Land van bestemming">{d.verblijfadres.land.omschrijving ?? d.verblijfadres.land.code}</Fact>
        <Fact label="Ontvangen">{dateTimeText(props.p.receivedAt)}</Fact>
      </Facts>
    </Section>
  );
}

async function renderCase(
  c: Context<WebEnv>,
  id: string,
  form?: { values: Record<string, string>; errors: FieldError[] },
) {
  const [ctx, actor] = useCaseArgs(c);
  const read = await readCase(ctx, actor, id);
  if ('pending' in read) {
    return c.render(<Pending p={read.pending} />, { title: 'Vertrekmelding', breadcrumbs: CRUMBS });
  }
  const history = await caseHistory(ctx, actor, id);
  const k = read.case;
  const heading = `Vertrekmelding van ${k.child?.naam ?? 'onbekend kind'}`;
  return c.render(
    <div class="vs-stack">
      <P class="nl-paragraph--lead">{`Status: ${caseStatusText(k.status)}`}</P>
      {k.closedReason && <Callout type="info">{CLOSED[k.closedReason]}</Callout>}
      {k.status === 'handmatige-controle' && (
        <Callout type="warning">
          <a class="nl-link" href="#gezag-vastleggen-titel">
            Controleer het gezag en leg het vast.
          </a>
        </Callout>
      )}
      <ChildAndDeparture c={k} />
      <Custody c={k} />
      {k.status === 'handmatige-controle' && <CustodyForm caseId={k.id} values={form?.values} errors={form?.errors} />}
      <Assessment c={k} />
      <Risk c={k} />
      <Notices read={read} />
      <Signals read={read} />
      <CaseHistory entries={history} />
    </div>,
    { title: 'Vertrekmelding', heading, breadcrumbs: CRUMBS, errors: form?.errors },
  );
}

const idOf = (c: Context<WebEnv>) => {
  const id = c.req.param('id') ?? '';
  if (!isId(id)) throw notFound('Vertrekmelding niet gevonden.');
  return id;
};

export function registerCasePage(r: PageRouter) {
  r.get('/vertrekmeldingen/:id', { roles: ['gemeente'] }, (c) => renderCase(c, idOf(c)));

  r.post('/vertrekmeldingen/:id/gezag', { roles: ['gemeente'] }, async (c) => {
    const id = idOf(c);
    const form = await readApiForm(c, GezagInvoer, custodySpec);
    if (!form.ok) {
      c.status(400);
      return renderCase(c, id, form);
    }
    try {
      await recordCustody(...useCaseArgs(c), id, form.data);
    } catch (err) {
      const refused = refusedAsFlash(c, err, `/vertrekmeldingen/${id}`);
      if (refused) return refused;
      const errors = fieldErrorsOf(err, form.values, custodySpec);
      if (!errors) throw err;
      c.status(400);
      return renderCase(c, id, { values: form.values, errors });
    }
    c.var.session.flash('Het gezag is vastgelegd. Vertreksignaal beoordeelt de melding opnieuw.');
    return c.redirect(`/vertrekmeldingen/${id}`, 303);
  });
}
