// The officer's forms on a notice: send, hold and cancel (with a reason), and the other holder's reaction. Each form
// becomes the API's body and is checked by the API's schema (schemas/api), so page and API accept the same input.
import { REACTION_CHANNELS, REACTIONS } from '../../../schemas/domain.ts';
import { type ApiFormSpec, optional } from '../../web/api-form.ts';
import type { FieldError } from '../../web/forms.ts';
import { errorFor, PostForm, RadioGroup, SubmitButton, TextArea, TextField } from '../../web/ui/forms.tsx';
import { P, Section } from './ui.tsx';
import { channelText, dateText, reactionText } from './words.ts';

const reasonSpec = (field: string, label: string, missing: string): ApiFormSpec => ({
  body: (v) => ({ reden: v[field] ?? '' }),
  fieldOf: () => field,
  labels: { [field]: label },
  missing: { [field]: missing },
});

export const holdSpec = reasonSpec('aanhoudreden', 'Reden voor aanhouden', 'Vul in waarom u de kennisgeving aanhoudt.');
export const cancelSpec = reasonSpec(
  'annuleerreden',
  'Reden voor annuleren',
  'Vul in waarom u de kennisgeving annuleert.',
);

export const reactionSpec: ApiFormSpec = {
  body: (v) => ({
    reactie: v.reactie,
    ontvangenOp: (v.ontvangenOp ?? '').trim(),
    kanaal: v.kanaal,
    toelichting: optional(v.toelichting),
  }),
  fieldOf: (path) => String(path[0] ?? 'reactie'),
  labels: {
    reactie: 'Reactie',
    ontvangenOp: 'Datum van de reactie',
    kanaal: 'Hoe kwam de reactie binnen',
    toelichting: 'Toelichting',
  },
  missing: {
    reactie: 'Kies wat de andere gezaghouder antwoordde.',
    ontvangenOp: 'Vul de datum in waarop de reactie binnenkwam.',
    kanaal: 'Kies hoe de reactie binnenkwam.',
  },
};

export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
}

export function SendForm(props: { id: string; held: boolean }) {
  return (
    <Section id="versturen" title="Versturen">
      <P>
        {props.held
          ? 'Deze kennisgeving is aangehouden. Verstuur haar alleen als u heeft gecontroleerd dat dit veilig kan.'
          : 'Klopt de brief? Dan kunt u de kennisgeving versturen.'}
      </P>
      <PostForm action={`/kennisgevingen/${props.id}/verzenden`} aria-label="Kennisgeving versturen">
        <SubmitButton>Versturen</SubmitButton>
      </PostForm>
    </Section>
  );
}

function ReasonForm(props: {
  id: string;
  action: 'aanhouden' | 'annuleren';
  field: string;
  title: string;
  intro: string;
  label: string;
  button: string;
  state?: FormState;
}) {
  return (
    <Section id={props.action} title={props.title}>
      <P>{props.intro}</P>
      <PostForm action={`/kennisgevingen/${props.id}/${props.action}`} class="vs-form" aria-label={props.title}>
        <TextArea
          name={props.field}
          label={props.label}
          value={props.state?.values[props.field]}
          error={errorFor(props.state?.errors, props.field)}
          rows={3}
        />
        <SubmitButton variant="secondary">{props.button}</SubmitButton>
      </PostForm>
    </Section>
  );
}

export const HoldForm = (p: { id: string; state?: FormState }) => (
  <ReasonForm
    {...p}
    action="aanhouden"
    field="aanhoudreden"
    title="Aanhouden"
    intro="Wilt u eerst iets uitzoeken? Houd de kennisgeving dan aan. U kunt haar later alsnog versturen."
    label="Reden voor aanhouden"
    button="Aanhouden"
  />
);

export const CancelForm = (p: { id: string; state?: FormState }) => (
  <ReasonForm
    {...p}
    action="annuleren"
    field="annuleerreden"
    title="Annuleren"
    intro="Moet deze kennisgeving helemaal niet verstuurd worden? Annuleer haar dan. Dit kunt u niet terugdraaien."
    label="Reden voor annuleren"
    button="Annuleren"
  />
);

export function ReactionForm(props: { id: string; today: string; state?: FormState }) {
  const v = props.state?.values ?? {};
  const e = props.state?.errors;
  return (
    <Section id="reactie" title="Reactie vastleggen">
      <P>
        Heeft de andere gezaghouder gereageerd op de kennisgeving? Leg de reactie hier vast. Vertreksignaal beoordeelt
        de melding dan opnieuw.
      </P>
      <PostForm action={`/kennisgevingen/${props.id}/reactie`} class="vs-form" aria-label="Reactie vastleggen">
        <RadioGroup
          name="reactie"
          legend="Wat antwoordde de andere gezaghouder?"
          options={REACTIONS.map((r) => ({ value: r, label: reactionText(r) }))}
          value={v.reactie}
          error={errorFor(e, 'reactie')}
        />
        <TextField
          name="ontvangenOp"
          label="Datum van de reactie"
          type="date"
          hint={`Niet later dan vandaag, ${dateText(props.today)}.`}
          value={v.ontvangenOp}
          error={errorFor(e, 'ontvangenOp')}
        />
        <RadioGroup
          name="kanaal"
          legend="Hoe kwam de reactie binnen?"
          options={REACTION_CHANNELS.map((k) => ({ value: k, label: channelText(k) }))}
          value={v.kanaal}
          error={errorFor(e, 'kanaal')}
        />
        <TextArea
          name="toelichting"
          label="Toelichting (niet verplicht)"
          value={v.toelichting}
          error={errorFor(e, 'toelichting')}
          rows={3}
        />
        <SubmitButton>Reactie vastleggen</SubmitButton>
      </PostForm>
    </Section>
  );
}
