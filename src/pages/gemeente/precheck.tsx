// /voorcontrole: the desk pre-check before a departure is registered (contract §5 v2): which custody holders are
// missing from the declaration, and the advice. A POST form (BSNs never in a URL); the answer is shown at once.
import type { Context } from 'hono';
import { VoorcontroleInvoer } from '../../../schemas/api/cases.ts';
import { type PrecheckAnswer, runPrecheck } from '../../app/cases/precheck.ts';
import { type ApiFormSpec, readApiForm } from '../../web/api-form.ts';
import type { WebEnv } from '../../web/env.ts';
import type { FieldError } from '../../web/forms.ts';
import type { PageRouter } from '../../web/router.ts';
import { errorFor, PostForm, SubmitButton, TextField } from '../../web/ui/forms.tsx';
import { Callout, Fact, Facts, P, Section, useCaseArgs } from './ui.tsx';
import { adviceText, custodyTypeText } from './words.ts';

const digits = (v: string | undefined) => (v ?? '').replace(/\s+/g, '');
const list = (v: string | undefined) => (v ?? '').split(/[\s,;]+/).filter(Boolean);

export const precheckSpec: ApiFormSpec = {
  body: (v) => {
    const coSigners = list(v.medeondertekenaars);
    return {
      kind: { burgerservicenummer: digits(v.kind) },
      aangever: { burgerservicenummer: digits(v.aangever) },
      ...(coSigners.length ? { medeondertekenaars: coSigners.map((b) => ({ burgerservicenummer: b })) } : {}),
    };
  },
  fieldOf: (path) => String(path[0] ?? 'kind'),
  labels: {
    kind: 'Burgerservicenummer van het kind',
    aangever: 'Burgerservicenummer van de aangever',
    medeondertekenaars: 'Burgerservicenummers van wie mee ondertekent',
  },
  missing: {
    kind: 'Vul het burgerservicenummer van het kind in.',
    aangever: 'Vul het burgerservicenummer van de aangever in.',
  },
};

const person = (p: { burgerservicenummer?: string; naam?: string }) =>
  `${p.naam ?? 'Naam onbekend'}${p.burgerservicenummer ? `, burgerservicenummer ${p.burgerservicenummer}` : ''}`;

function Answer(props: { a: PrecheckAnswer }) {
  const { a } = props;
  return (
    <Section id="advies" title={`Advies: ${adviceText(a.advice)}`}>
      <Callout type={a.advice === 'geen-bezwaar' ? 'ok' : 'warning'}>
        <p class="nl-paragraph">{a.explanation}</p>
      </Callout>
      <Facts>
        <Fact label="Soort gezag">{a.custody ? custodyTypeText(a.custody.type) : 'Onbekend'}</Fact>
        <Fact label="Gezaghouders">
          {a.custody?.gezaghouders.length ? a.custody.gezaghouders.map(person).join('; ') : 'Niemand bekend'}
        </Fact>
        <Fact label="Ontbrekende gezaghouders">{a.missing.length ? a.missing.map(person).join('; ') : 'Geen'}</Fact>
      </Facts>
    </Section>
  );
}

function PrecheckPage(props: { values?: Record<string, string>; errors?: FieldError[]; answer?: PrecheckAnswer }) {
  const v = props.values ?? {};
  const e = props.errors;
  return (
    <div class="vs-stack">
      <P>
        Komt iemand aan de balie aangifte doen van vertrek van een kind naar het buitenland? Controleer dan eerst of
        alle gezaghouders meedoen. Vertreksignaal vraagt het gezag op bij de BRP en slaat niets op.
      </P>
      <PostForm action="/voorcontrole" class="vs-form" aria-label="Voorcontrole">
        <TextField
          name="kind"
          label={precheckSpec.labels.kind}
          hint="9 cijfers."
          inputmode="numeric"
          value={v.kind}
          error={errorFor(e, 'kind')}
        />
        <TextField
          name="aangever"
          label={precheckSpec.labels.aangever}
          hint="De persoon die de aangifte doet. 9 cijfers."
          inputmode="numeric"
          value={v.aangever}
          error={errorFor(e, 'aangever')}
        />
        <TextField
          name="medeondertekenaars"
          label={`${precheckSpec.labels.medeondertekenaars} (niet verplicht)`}
          hint="Bijvoorbeeld de andere ouder. Meer dan één? Zet een spatie tussen de nummers."
          inputmode="numeric"
          value={v.medeondertekenaars}
          error={errorFor(e, 'medeondertekenaars')}
        />
        <SubmitButton>Controleren</SubmitButton>
      </PostForm>
      {props.answer && <Answer a={props.answer} />}
    </div>
  );
}

const render = (c: Context<WebEnv>, props: Parameters<typeof PrecheckPage>[0]) =>
  c.render(<PrecheckPage {...props} />, { title: 'Voorcontrole', errors: props.errors });

export function registerPrecheck(r: PageRouter) {
  r.get('/voorcontrole', { roles: ['gemeente'] }, (c) => render(c, {}));
  r.post('/voorcontrole', { roles: ['gemeente'] }, async (c) => {
    const form = await readApiForm(c, VoorcontroleInvoer, precheckSpec);
    if (!form.ok) {
      c.status(400);
      return render(c, form);
    }
    const answer = await runPrecheck(...useCaseArgs(c), form.data);
    return render(c, { values: form.values, answer });
  });
}
