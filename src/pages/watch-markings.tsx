// `/aandachtsmarkeringen` (RvdK IKO, Ca IKA): the organisation's watch markings (active ones; ended and expired
// ones on request), a form to add one and a button to end one. The BSN travels only in the POST body.
import type { Context } from 'hono';
import { z } from 'zod';
import { AandachtsmarkeringInvoer } from '../../schemas/api/other.ts';
import { AppError, notFound } from '../app/errors.ts';
import { today } from '../app/scope.ts';
import { addWatchMarking, endWatchMarking, listWatchMarkings } from '../app/watch-markings/markings.ts';
import { isActive, type WatchMarkingState } from '../core/watch-marking/decider.ts';
import { type ApiFormSpec, fieldErrorsOf, readApiForm } from '../web/api-form.ts';
import type { WebEnv } from '../web/env.ts';
import type { FieldError } from '../web/forms.ts';
import type { PageRouter } from '../web/router.ts';
import { errorFor, PostForm, SubmitButton, TextArea, TextField } from '../web/ui/forms.tsx';
import { parseDateInput } from './signals/date-input.ts';
import { formatDate, formatDateTime } from './signals/time.ts';
import { Cell, H2, P, Table } from './signals/ui.tsx';

const ROLES = ['rvdk-iko', 'ca-ika'] as const;
const PATH = '/aandachtsmarkeringen';

const DATE_WORDS = 'Vul een geldige datum in als dag-maand-jaar, vandaag of later, bijvoorbeeld 30-06-2027.';

/** The add form as the API's body (AandachtsmarkeringInvoer); the end date is typed as day-month-year. */
export const markingSpec: ApiFormSpec = {
  body: (v) => ({
    burgerservicenummer: (v.burgerservicenummer ?? '').trim(),
    reden: (v.reden ?? '').trim(),
    geldigTot: parseDateInput(v.geldigTot ?? '') ?? (v.geldigTot ?? '').trim(),
  }),
  fieldOf: (path) => String(path[0] ?? 'burgerservicenummer'),
  labels: { burgerservicenummer: 'Burgerservicenummer van het kind', reden: 'Reden', geldigTot: 'Geldig tot en met' },
  missing: {
    burgerservicenummer: 'Vul het burgerservicenummer van het kind in.',
    reden: 'Schrijf waarom u het kind markeert.',
    geldigTot: 'Vul de datum in tot wanneer de markering geldt.',
  },
  // The rules are the API's and the use case's (9 digits with the elfproef, 3 to 1000 characters, not in the past).
  invalid: {
    burgerservicenummer: 'Vul een geldig burgerservicenummer in: 9 cijfers die voldoen aan de elfproef.',
    reden: 'Schrijf de reden in minimaal 3 en hooguit 1000 tekens.',
    geldigTot: DATE_WORDS,
  },
};

function status(m: WatchMarkingState, day: string): string {
  if (m.removedAt !== null) return `Beëindigd op ${formatDateTime(m.removedAt)}`;
  return isActive(m, day) ? 'Actief' : 'Verlopen';
}

function MarkingRow(props: { marking: WatchMarkingState; day: string }) {
  const m = props.marking;
  return (
    <tr class="utrecht-table__row">
      <Cell>{m.childBsn}</Cell>
      <Cell>{m.reason}</Cell>
      <Cell>{formatDate(m.validUntil)}</Cell>
      <Cell>{formatDateTime(m.createdAt)}</Cell>
      <Cell>{status(m, props.day)}</Cell>
      <Cell>
        {m.removedAt === null && (
          <PostForm action={`${PATH}/${m.id}/beeindigen`}>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              Beëindigen<span class="vs-visually-hidden">{` markering van ${m.childBsn}`}</span>
            </button>
          </PostForm>
        )}
      </Cell>
    </tr>
  );
}

function AddForm(props: { values?: Record<string, string>; errors?: FieldError[] }) {
  const { values = {}, errors } = props;
  return (
    <section aria-labelledby="toevoegen" class="vs-stack">
      <H2 id="toevoegen">Markering toevoegen</H2>
      <P>
        Een vertrek van een gemarkeerd kind krijgt altijd het risiconiveau urgent. Open vertrekmeldingen van het kind
        worden meteen opnieuw beoordeeld.
      </P>
      <PostForm action={PATH} class="vs-form" aria-label="Markering toevoegen">
        <TextField
          name="burgerservicenummer"
          label="Burgerservicenummer van het kind"
          hint="9 cijfers."
          value={values.burgerservicenummer}
          inputmode="numeric"
          error={errorFor(errors, 'burgerservicenummer')}
        />
        <TextArea
          name="reden"
          label="Reden"
          hint="Waarom is er zorg om een vertrek van dit kind?"
          value={values.reden}
          error={errorFor(errors, 'reden')}
        />
        <TextField
          name="geldigTot"
          label="Geldig tot en met"
          hint="Dag-maand-jaar, bijvoorbeeld 30-06-2027. Na deze datum telt de markering niet meer mee."
          value={values.geldigTot}
          error={errorFor(errors, 'geldigTot')}
        />
        <SubmitButton>Markering toevoegen</SubmitButton>
      </PostForm>
    </section>
  );
}

function MarkingsPage(props: {
  markings: WatchMarkingState[];
  all: boolean;
  day: string;
  values?: Record<string, string>;
  errors?: FieldError[];
}) {
  const caption = props.all ? 'Alle markeringen van uw organisatie' : 'Actieve markeringen van uw organisatie';
  return (
    <div class="vs-stack">
      <P>Hier staan de kinderen die uw organisatie heeft gemarkeerd. Alleen uw eigen organisatie ziet ze.</P>
      <P>
        <a class="nl-link" href={props.all ? PATH : `${PATH}?alle=ja`}>
          {props.all ? 'Alleen actieve markeringen tonen' : 'Ook beëindigde en verlopen markeringen tonen'}
        </a>
      </P>
      {props.markings.length === 0 ? (
        <P>{props.all ? 'Uw organisatie heeft nog geen markeringen.' : 'Er zijn geen actieve markeringen.'}</P>
      ) : (
        <Table
          caption={caption}
          columns={['Burgerservicenummer', 'Reden', 'Geldig tot en met', 'Gezet op', 'Status', 'Actie']}
        >
          {props.markings.map((m) => (
            <MarkingRow marking={m} day={props.day} />
          ))}
        </Table>
      )}
      <AddForm values={props.values} errors={props.errors} />
    </div>
  );
}

async function render(
  c: Context<WebEnv>,
  all: boolean,
  form?: { values: Record<string, string>; errors: FieldError[] },
) {
  const ctx = c.var.web.runtime.ctx;
  const markings = await listWatchMarkings(ctx, c.var.actor, all);
  return c.render(
    <MarkingsPage markings={markings} all={all} day={today(ctx)} values={form?.values} errors={form?.errors} />,
    { title: 'Aandachtsmarkeringen', errors: form?.errors },
  );
}

export function registerWatchMarkings(r: PageRouter) {
  r.get(PATH, { roles: ROLES }, (c) => render(c, c.req.query('alle') === 'ja'));

  r.post(PATH, { roles: ROLES }, async (c) => {
    const form = await readApiForm(c, AandachtsmarkeringInvoer, markingSpec);
    if (!form.ok) {
      c.status(400);
      return render(c, false, form);
    }
    try {
      await addWatchMarking(c.var.web.runtime.ctx, c.var.actor, form.data);
    } catch (e) {
      const refused = fieldErrorsOf(e, form.values, markingSpec);
      if (!refused) throw e;
      c.status(400);
      return render(c, false, { values: form.values, errors: refused });
    }
    c.var.session.flash('De markering is toegevoegd. Open vertrekmeldingen van het kind worden opnieuw beoordeeld.');
    return c.redirect(PATH, 303);
  });

  r.post(`${PATH}/:id/beeindigen`, { roles: ROLES }, async (c) => {
    const id = z.uuid().safeParse(c.req.param('id'));
    if (!id.success) throw notFound('Markering niet gevonden.');
    try {
      await endWatchMarking(c.var.web.runtime.ctx, c.var.actor, id.data);
      c.var.session.flash('De markering is beëindigd. Open vertrekmeldingen van het kind worden opnieuw beoordeeld.');
    } catch (e) {
      // Ended meanwhile (by a colleague, or in another tab): say so instead of a "not found" page.
      if (!(e instanceof AppError) || e.code !== 'not-found') throw e;
      c.var.session.flash('Deze markering was al beëindigd.', 'warning');
    }
    return c.redirect(PATH, 303);
  });
}
