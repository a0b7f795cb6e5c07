// The SIS part of a signal page (RvdK IKO and Ca IKA): the requests made for this signal with their status and
// history, and the forms to file one and to withdraw one.
import { externalReference, type SisRequestState } from '../../core/sis/model.ts';
import type { FieldError } from '../../web/forms.ts';
import { errorFor, PostForm, SubmitButton, TextArea, TextField } from '../../web/ui/forms.tsx';
import { SIS_OPEN, SIS_STATUS_LABELS } from './labels.ts';
import { formatDate, formatDateTime } from './time.ts';
import { buttonLink, DataList, H2, P } from './ui.tsx';

/** How many travel documents the page form offers (the API takes up to 10). */
export const DOCUMENT_ROWS = 2;

export function SisRequestFacts(props: { request: SisRequestState }) {
  const r = props.request;
  const body = 'beslissingskenmerk' in r.request ? r.request : null;
  return (
    <>
      <DataList
        facts={[
          { key: 'Status', value: SIS_STATUS_LABELS[r.status] },
          { key: 'Ingediend', value: formatDateTime(r.createdAt) },
          { key: 'Kenmerk van de beslissing', value: body?.beslissingskenmerk ?? 'Verwijderd na de bewaartermijn' },
          !!externalReference(r) && { key: 'Kenmerk van de autoriteit', value: externalReference(r) },
          { key: 'Opnieuw beoordelen op', value: formatDate(r.reviewDate) },
        ]}
      />
      <p class="nl-paragraph">
        <strong>Verloop</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {r.history.map((h) => (
          <li class="utrecht-unordered-list__item">
            {`${formatDateTime(h.op)}: ${SIS_STATUS_LABELS[h.status]}.${h.reden ? ` Reden: ${h.reden}` : ''}`}
          </li>
        ))}
      </ul>
    </>
  );
}

export function SisSection(props: { signalId: string; requests: SisRequestState[]; canFile: boolean }) {
  return (
    <section aria-labelledby="sis-verzoeken" class="vs-stack">
      <H2 id="sis-verzoeken">SIS-verzoeken</H2>
      <P>
        Met een SIS-verzoek vraagt u de bevoegde autoriteit om het kind te signaleren in het Schengeninformatiesysteem
        (artikel 32, lid 1, onder c, van Verordening (EU) 2018/1862). Dan kan de grenscontrole een vertrek tegenhouden.
        Daarvoor is een beslissing nodig, bijvoorbeeld van de kinderrechter.
      </P>
      {props.requests.length === 0 && <P>Voor dit signaal is nog geen SIS-verzoek gedaan.</P>}
      {props.requests.map((r, i) => (
        <section aria-labelledby={`sis-verzoek-${i + 1}`} class="vs-stack">
          <h3 class="nl-heading nl-heading--level-3" id={`sis-verzoek-${i + 1}`}>
            {`SIS-verzoek ${i + 1}`}
          </h3>
          <SisRequestFacts request={r} />
          {SIS_OPEN.includes(r.status) && (
            <P>
              <a class="nl-link" href={`/signalen/${props.signalId}/sis-verzoeken/${r.id}/intrekken`}>
                {`SIS-verzoek ${i + 1} intrekken`}
              </a>
            </P>
          )}
        </section>
      ))}
      {props.canFile && (
        <P>
          <a class={buttonLink('secondary')} href={`/signalen/${props.signalId}/sis-verzoek`}>
            SIS-verzoek indienen
          </a>
        </P>
      )}
    </section>
  );
}

function DocumentRow(props: { n: number; values: Record<string, string>; errors?: FieldError[] }) {
  const soort = `document${props.n}Soort`;
  const nummer = `document${props.n}Nummer`;
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vs-form">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {`Reisdocument ${props.n} (niet verplicht)`}
      </legend>
      <TextField
        name={soort}
        label="Soort document"
        hint="Bijvoorbeeld paspoort of identiteitskaart."
        value={props.values[soort]}
        error={errorFor(props.errors, soort)}
      />
      <TextField
        name={nummer}
        label="Documentnummer"
        value={props.values[nummer]}
        error={errorFor(props.errors, nummer)}
      />
    </fieldset>
  );
}

export function FileSisForm(props: { signalId: string; values?: Record<string, string>; errors?: FieldError[] }) {
  const { values = {}, errors } = props;
  return (
    <PostForm action={`/signalen/${props.signalId}/sis-verzoek`} class="vs-form" aria-label="SIS-verzoek indienen">
      <TextField
        name="beslissingskenmerk"
        label="Kenmerk van de beslissing"
        hint="Het zaaknummer of kenmerk van de beslissing waarop het verzoek steunt, bijvoorbeeld van de rechtbank."
        value={values.beslissingskenmerk}
        error={errorFor(errors, 'beslissingskenmerk')}
      />
      <TextArea
        name="motivering"
        label="Motivering"
        hint="Schrijf waarom een signalering nodig is. Minimaal 10 tekens."
        value={values.motivering}
        rows={6}
        error={errorFor(errors, 'motivering')}
      />
      {Array.from({ length: DOCUMENT_ROWS }, (_, i) => (
        <DocumentRow n={i + 1} values={values} errors={errors} />
      ))}
      <div class="utrecht-action-group">
        <SubmitButton>SIS-verzoek indienen</SubmitButton>
        <a class={buttonLink('secondary')} href={`/signalen/${props.signalId}`}>
          Annuleren
        </a>
      </div>
    </PostForm>
  );
}

export function WithdrawForm(props: {
  action: string;
  signalId: string;
  values?: Record<string, string>;
  errors?: FieldError[];
}) {
  return (
    <PostForm action={props.action} class="vs-form" aria-label="SIS-verzoek intrekken">
      <TextArea
        name="reden"
        label="Reden van intrekken"
        hint="De bevoegde autoriteit krijgt deze reden. Minimaal 3 tekens."
        value={props.values?.reden}
        error={errorFor(props.errors, 'reden')}
      />
      <div class="utrecht-action-group">
        <SubmitButton>SIS-verzoek intrekken</SubmitButton>
        <a class={buttonLink('secondary')} href={`/signalen/${props.signalId}`}>
          Annuleren
        </a>
      </div>
    </PostForm>
  );
}
