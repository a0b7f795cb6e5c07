// Recording custody by hand on a case in handmatige-controle (contract §5 v2): the form, and how its fields become
// the API's GezagInvoer body, checked by that same schema.
import { GezagInvoer } from '../../../schemas/api/cases.ts';
import type { ApiFormSpec } from '../../web/api-form.ts';
import type { FieldError } from '../../web/forms.ts';
import { errorFor, PostForm, RadioGroup, SubmitButton, TextArea, TextField } from '../../web/ui/forms.tsx';
import { P, Section } from './ui.tsx';
import { custodyTypeText } from './words.ts';

const HOLDERS = ['houder1', 'houder2'] as const;
const digitsOnly = (v: string | undefined) => (v ?? '').replace(/\s+/g, '');
const filledHolders = (v: Record<string, string>) => HOLDERS.filter((f) => digitsOnly(v[f]) !== '');

export const custodySpec: ApiFormSpec = {
  body: (v) => ({
    type: v.type,
    gezaghouders: filledHolders(v).map((f) => ({ burgerservicenummer: digitsOnly(v[f]) })),
    bron: v.bron ?? '',
    toelichting: v.toelichting ?? '',
  }),
  // The body lists only the filled-in holder fields: its n-th holder is the n-th filled-in field.
  fieldOf: (path, v) => {
    if (path[0] !== 'gezaghouders') return String(path[0] ?? 'type');
    return (typeof path[1] === 'number' && filledHolders(v)[path[1]]) || 'houder1';
  },
  labels: {
    type: 'Soort gezag',
    houder1: 'Burgerservicenummer eerste gezaghouder',
    houder2: 'Burgerservicenummer tweede gezaghouder',
    bron: 'Bron',
    toelichting: 'Toelichting',
  },
  missing: {
    type: 'Kies de soort gezag.',
    houder1: 'Vul het burgerservicenummer van ten minste één gezaghouder in.',
    bron: 'Vul de bron in, bijvoorbeeld het gezagsregister of een beschikking.',
    toelichting: 'Vul in hoe u het gezag heeft vastgesteld.',
  },
};

/** The four types an officer may record, in the order of the API schema. */
const TYPES = GezagInvoer.shape.type.options;

export function CustodyForm(props: { caseId: string; values?: Record<string, string>; errors?: FieldError[] }) {
  const v = props.values ?? {};
  const e = props.errors;
  return (
    <Section id="gezag-vastleggen" title="Gezag met de hand vastleggen">
      <P>
        Vertreksignaal kon het gezag niet uit de BRP halen. Zoek het gezag op, bijvoorbeeld in het gezagsregister van de
        rechtbank, en leg het hier vast. Daarna beoordeelt Vertreksignaal de melding opnieuw.
      </P>
      <PostForm action={`/vertrekmeldingen/${props.caseId}/gezag`} class="vs-form" aria-label="Gezag vastleggen">
        <RadioGroup
          name="type"
          legend="Soort gezag"
          options={TYPES.map((t) => ({ value: t, label: custodyTypeText(t) }))}
          value={v.type}
          error={errorFor(e, 'type')}
        />
        <TextField
          name="houder1"
          label="Burgerservicenummer eerste gezaghouder"
          hint="9 cijfers."
          inputmode="numeric"
          value={v.houder1}
          error={errorFor(e, 'houder1')}
        />
        <TextField
          name="houder2"
          label="Burgerservicenummer tweede gezaghouder (als die er is)"
          hint="9 cijfers. Laat leeg bij één gezaghouder."
          inputmode="numeric"
          value={v.houder2}
          error={errorFor(e, 'houder2')}
        />
        <TextField
          name="bron"
          label="Bron"
          hint="Waar u het gezag vond, bijvoorbeeld: gezagsregister, beschikking van de rechtbank met datum."
          value={v.bron}
          error={errorFor(e, 'bron')}
        />
        <TextArea
          name="toelichting"
          label="Toelichting"
          hint="Hoe u het gezag heeft vastgesteld."
          value={v.toelichting}
          error={errorFor(e, 'toelichting')}
        />
        <SubmitButton>Gezag vastleggen</SubmitButton>
      </PostForm>
    </Section>
  );
}
