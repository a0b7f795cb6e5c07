// Parts of the signal page: where the signal stands, the pick-up button, what changed later, and the form to
// close it with an outcome from the published vocabulary.
import { SIGNAL_OUTCOMES } from '../../../schemas/domain.ts';
import type { SignalState } from '../../core/signal/model.ts';
import { signalView } from '../../http/signalen/signalen.view.ts';
import type { FieldError } from '../../web/forms.ts';
import { errorFor, PostForm, RadioGroup, SubmitButton, TextArea } from '../../web/ui/forms.tsx';
import { LEVEL_LABELS, OUTCOME_LABELS, outcomeLabel, SIGNAL_STATUS_LABELS, updateLabel } from './labels.ts';
import { deadlineText, formatDateTime } from './time.ts';
import { DataList, H2, P } from './ui.tsx';

export function Summary(props: { signal: SignalState; now: number }) {
  const s = props.signal;
  const api = signalView(s, props.now);
  const deadline = deadlineText(api, props.now);
  return (
    <DataList
      facts={[
        { key: 'Status', value: SIGNAL_STATUS_LABELS[s.status] },
        { key: 'Risiconiveau', value: LEVEL_LABELS[s.level] },
        { key: 'Ontvangen', value: formatDateTime(s.createdAt) },
        s.status === 'nieuw' && {
          key: 'Uiterlijk oppakken',
          value: (
            <>
              {formatDateTime(api.uiterlijkOppakkenOp)}
              <br />
              {deadline?.overdue ? <strong>{deadline.text}</strong> : deadline?.text}
            </>
          ),
        },
        s.pickedUpAt !== null && { key: 'Opgepakt', value: formatDateTime(s.pickedUpAt) },
        s.outcome && { key: 'Afgesloten', value: formatDateTime(s.outcome.op) },
        s.outcome && { key: 'Uitkomst', value: outcomeLabel(s.outcome.uitkomst) },
        !!s.outcome?.toelichting && { key: 'Toelichting bij de uitkomst', value: s.outcome.toelichting },
      ]}
    />
  );
}

export function PickUp(props: { id: string }) {
  return (
    <PostForm action={`/signalen/${props.id}/oppakken`}>
      <P>Pak dit signaal op als u het gaat behandelen. Dan ziet uw team dat u ermee bezig bent.</P>
      <SubmitButton>Signaal oppakken</SubmitButton>
    </PostForm>
  );
}

/** Later changes the recipient was told about: corrections, re-assessments, closures by the system. */
export function Updates(props: { signal: SignalState }) {
  const updates = props.signal.updates;
  return (
    <>
      <H2 id="wijzigingen">Wat er later veranderde</H2>
      {updates.length === 0 ? (
        <P>Er is niets veranderd sinds het signaal is gemaakt.</P>
      ) : (
        <ul class="utrecht-unordered-list">
          {updates.map((u) => (
            <li class="utrecht-unordered-list__item">
              {`${formatDateTime(u.op)}: ${updateLabel(u.soort)}`}
              {u.niveau ? ` Risiconiveau: ${LEVEL_LABELS[u.niveau].toLowerCase()}.` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CloseForm(props: { id: string; values?: Record<string, string>; errors?: FieldError[] }) {
  const { values = {}, errors } = props;
  return (
    <>
      <H2 id="afsluiten">Signaal afsluiten</H2>
      <PostForm action={`/signalen/${props.id}/afsluiten`} class="vs-form" aria-label="Signaal afsluiten">
        <RadioGroup
          name="uitkomst"
          legend="Wat was de uitkomst?"
          hint="Deze keuze telt mee in de openbare cijfers over hoe goed de risicoregels werken."
          options={SIGNAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
          value={values.uitkomst}
          error={errorFor(errors, 'uitkomst')}
        />
        <TextArea
          name="toelichting"
          label="Toelichting (niet verplicht)"
          hint="Schrijf kort wat u heeft gedaan of waarom er niets nodig was."
          value={values.toelichting}
          error={errorFor(errors, 'toelichting')}
        />
        <SubmitButton>Signaal afsluiten</SubmitButton>
      </PostForm>
    </>
  );
}
