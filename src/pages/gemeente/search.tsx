// /zoeken: find the departure cases of a child by BSN, in the officer's own municipalities. A POST form, so the BSN
// never appears in a URL, a history or a log; the results are links by case id.
import type { Context } from 'hono';
import { ZoekVraag } from '../../../schemas/api/cases.ts';
import { type CaseRead, searchCases } from '../../app/cases/read.ts';
import { type ApiFormSpec, readApiForm } from '../../web/api-form.ts';
import type { WebEnv } from '../../web/env.ts';
import type { FieldError } from '../../web/forms.ts';
import type { PageRouter } from '../../web/router.ts';
import { errorFor, PostForm, SubmitButton, TextField } from '../../web/ui/forms.tsx';
import { datumText } from './case-sections.tsx';
import { Cell, Link, P, Row, Section, Table, useCaseArgs } from './ui.tsx';
import { caseStatusText, dateTimeText } from './words.ts';

export const searchSpec: ApiFormSpec = {
  body: (v) => ({ burgerservicenummer: (v.burgerservicenummer ?? '').replace(/\s+/g, '') }),
  fieldOf: () => 'burgerservicenummer',
  labels: { burgerservicenummer: 'Burgerservicenummer van het kind' },
  missing: { burgerservicenummer: 'Vul het burgerservicenummer van het kind in.' },
};

function Results(props: { found: CaseRead[] }) {
  return (
    <Section id="resultaten" title="Gevonden vertrekmeldingen">
      {props.found.length === 0 ? (
        <P>Er is geen vertrekmelding van dit kind in uw gemeente.</P>
      ) : (
        <Table
          caption="Gevonden vertrekmeldingen"
          columns={['Vertrekmelding', 'Vertrek', 'Status', 'Ontvangen']}
          captionHidden
        >
          {props.found.map(({ case: k }) => (
            <Row>
              <Cell header>
                <Link
                  href={`/vertrekmeldingen/${k.id}`}
                >{`Vertrekmelding van ${k.child?.naam ?? 'onbekend kind'}`}</Link>
              </Cell>
              <Cell>{`${datumText(k.departure?.datum)}, ${k.departure?.land.omschrijving ?? 'land onbekend'}`}</Cell>
              <Cell>{caseStatusText(k.status)}</Cell>
              <Cell>{dateTimeText(k.createdAt)}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Section>
  );
}

function SearchPage(props: { values?: Record<string, string>; errors?: FieldError[]; found?: CaseRead[] }) {
  return (
    <div class="vs-stack">
      <P>Zoek de vertrekmeldingen van een kind met het burgerservicenummer van het kind.</P>
      <PostForm action="/zoeken" class="vs-form" aria-label="Zoeken">
        <TextField
          name="burgerservicenummer"
          label={searchSpec.labels.burgerservicenummer}
          hint="9 cijfers."
          inputmode="numeric"
          value={props.values?.burgerservicenummer}
          error={errorFor(props.errors, 'burgerservicenummer')}
        />
        <SubmitButton>Zoeken</SubmitButton>
      </PostForm>
      {props.found && <Results found={props.found} />}
    </div>
  );
}

const render = (c: Context<WebEnv>, props: Parameters<typeof SearchPage>[0]) =>
  c.render(<SearchPage {...props} />, { title: 'Zoeken', errors: props.errors });

export function registerSearch(r: PageRouter) {
  r.get('/zoeken', { roles: ['gemeente'] }, (c) => render(c, {}));
  r.post('/zoeken', { roles: ['gemeente'] }, async (c) => {
    const form = await readApiForm(c, ZoekVraag, searchSpec);
    if (!form.ok) {
      c.status(400);
      return render(c, form);
    }
    const found = await searchCases(...useCaseArgs(c), form.data.burgerservicenummer);
    return render(c, { values: form.values, found });
  });
}
