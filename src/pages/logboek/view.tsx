// The logboek page's content: the chain's status (with a clear warning when it is broken), the filter form, the
// search by BSN, and the entries found, with a link (or, for a BSN search, a button) to the next page.
import type { readLog } from '../../app/audit/log.ts';
import { formatDateTime } from '../../web/dutch-time.ts';
import type { FieldError } from '../../web/forms.ts';
import { Alert } from '../../web/ui/feedback.tsx';
import { errorFor, PostForm, SubmitButton, TextField } from '../../web/ui/forms.tsx';
import { SelectField } from '../../web/ui/select.tsx';
import { operationText, outcomeText, PURPOSE_CODES, purposeLabel, roleLabel } from './labels.ts';

export type LogResult = Awaited<ReturnType<typeof readLog>>;
type Entry = LogResult['items'][number];

const n = (x: number) => new Intl.NumberFormat('nl-NL').format(x);

export function ChainStatus(p: { chain: LogResult['chain'] }) {
  const k = p.chain;
  const anchored =
    k.anchoredUpTo === null
      ? 'Nog niet verankerd.'
      : `Tot en met regel ${n(k.anchoredUpTo)}, op ${k.anchoredAt ? formatDateTime(Date.parse(k.anchoredAt)) : '?'}.`;
  const rows: [string, string][] = [
    ['Verzegeld tot en met', k.head === 0 ? 'Nog geen regels verzegeld.' : `Regel ${n(k.head)} in de keten.`],
    ['Verankerd buiten de database', anchored],
    [
      'Nog niet verzegeld',
      `${n(k.unsealed)} ${k.unsealed === 1 ? 'regel' : 'regels'} (worden binnen enkele minuten verzegeld).`,
    ],
  ];
  return (
    <section class="vs-stack" aria-labelledby="kop-keten">
      <h2 class="nl-heading nl-heading--level-2" id="kop-keten">
        Keten van het logboek
      </h2>
      {k.ok ? (
        <Alert type="ok">
          {k.head === 0
            ? 'Er zijn nog geen regels verzegeld; er is niets om te controleren.'
            : `De keten klopt: regels 1 tot en met ${n(k.head)} zijn niet gewijzigd en er zijn geen regels verwijderd.`}
        </Alert>
      ) : (
        <Alert type="error">
          <strong>Let op: de keten van het logboek is verbroken.</strong>{' '}
          {`Reden: ${k.reason ?? 'onbekend'}. Regels zijn mogelijk gewijzigd of verwijderd. Meld dit direct bij de `}
          beheerder en de informatiebeveiliging, en verander niets aan de database.
        </Alert>
      )}
      <dl class="utrecht-data-list utrecht-data-list--rows vs-totals">
        {rows.map(([key, value]) => (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{key}</dt>
            <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function FilterForm(p: { values: Record<string, string>; errors?: FieldError[] }) {
  const e = (name: string) => errorFor(p.errors, name);
  const purposes = [
    { value: '', label: 'Alle doelen' },
    ...PURPOSE_CODES.map((c) => ({ value: c, label: purposeLabel(c) })),
  ];
  return (
    <section class="vs-stack" aria-labelledby="kop-filter">
      <h2 class="nl-heading nl-heading--level-2" id="kop-filter">
        Zoeken in het logboek
      </h2>
      <form method="get" action="/logboek" class="vs-form" aria-labelledby="kop-filter" novalidate>
        <div class="vs-period__fields">
          <TextField name="van" label="Van" type="date" value={p.values.van} error={e('van')} />
          <TextField name="tot" label="Tot en met" type="date" value={p.values.tot} error={e('tot')} />
        </div>
        <TextField
          name="actor"
          label="Wie (gebruikers-id)"
          hint="De gebruikers-id zoals die in het logboek staat, bijvoorbeeld dev-gemeente."
          value={p.values.actor}
          error={e('actor')}
        />
        <SelectField name="doel" label="Doel" options={purposes} value={p.values.doel} error={e('doel')} />
        <TextField
          name="betrokkene"
          label="Pseudoniem van de betrokkene"
          hint="Begint met ps-, zoals in de kolom Betrokkene. Zoeken met een burgerservicenummer kan hieronder."
          value={p.values.betrokkene}
          error={e('betrokkene')}
        />
        <SubmitButton>Zoeken</SubmitButton>
      </form>
    </section>
  );
}

export function BsnForm(p: { values: Record<string, string>; errors?: FieldError[] }) {
  return (
    <section class="vs-stack" aria-labelledby="kop-bsn">
      <h2 class="nl-heading nl-heading--level-2" id="kop-bsn">
        Zoeken met een burgerservicenummer
      </h2>
      <p class="nl-paragraph">
        Het logboek bewaart geen burgerservicenummers. Vertreksignaal zet het nummer om in het pseudoniem en zoekt
        daarmee. Ook deze zoekvraag komt in het logboek.
      </p>
      <PostForm action="/logboek" class="vs-form" aria-label="Zoeken met een burgerservicenummer">
        <TextField
          name="burgerservicenummer"
          label="Burgerservicenummer van het kind"
          value={p.values.burgerservicenummer}
          inputmode="numeric"
          error={errorFor(p.errors, 'burgerservicenummer')}
        />
        <SubmitButton>Zoeken met burgerservicenummer</SubmitButton>
      </PostForm>
    </section>
  );
}

function Row(p: { e: Entry }) {
  const e = p.e;
  // The organisation only where it adds something: a municipality's codes, not the role or the user again.
  const org =
    e.actorOrg && ![e.actorRole, e.actorSub].includes(e.actorOrg) ? ` ${e.actorOrg.replaceAll(',', ', ')}` : '';
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell utrecht-table__cell--numeric-data" scope="row">
        {n(e.seq)}
      </th>
      <td class="utrecht-table__cell vs-nowrap">{formatDateTime(e.at)}</td>
      <td class="utrecht-table__cell">
        {`${roleLabel(e.actorRole)}${org}`}
        <br />
        {/* Retention empties who acted in old entries; the chain stays verifiable through a digest. */}
        <span class="vs-id">{e.actorSub || 'gebruiker niet meer bewaard'}</span>
      </td>
      <td class="utrecht-table__cell">
        {operationText(e.operation)}
        <br />
        <span class="vs-id">{[e.objectType, e.objectId].filter(Boolean).join(' ')}</span>
      </td>
      <td class="utrecht-table__cell">{purposeLabel(e.purpose)}</td>
      <td class="utrecht-table__cell">
        {e.subjectPseudonym ? <span class="vs-id">{e.subjectPseudonym}</span> : 'geen'}
      </td>
      <td class="utrecht-table__cell">{outcomeText(e.outcome)}</td>
      <td class="utrecht-table__cell">{e.chainPos === null ? 'nog niet verzegeld' : `regel ${n(e.chainPos)}`}</td>
    </tr>
  );
}

const HEADERS = ['Nummer', 'Tijdstip', 'Wie', 'Wat', 'Doel', 'Betrokkene', 'Resultaat', 'Keten'];

export function Entries(p: { items: Entry[]; caption: string; next?: { href?: string; bsn?: string; after: number } }) {
  return (
    <section class="vs-stack" aria-labelledby="kop-regels">
      <h2 class="nl-heading nl-heading--level-2" id="kop-regels">
        Logboekregels
      </h2>
      <p class="nl-paragraph">
        {p.items.length === 0 ? 'Geen regels gevonden.' : `${n(p.items.length)} regels op deze pagina, oudste eerst.`}
      </p>
      {p.items.length > 0 && (
        <section class="utrecht-table-container vs-scroll" aria-labelledby="tabel-logboek-titel" tabindex={0}>
          <table class="utrecht-table utrecht-table--html-table vs-log" id="tabel-logboek">
            <caption class="utrecht-table__caption" id="tabel-logboek-titel">
              {p.caption}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {HEADERS.map((h) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {p.items.map((e) => (
                <Row e={e} />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {p.next?.href && (
        <p class="nl-paragraph">
          <a class="nl-link" href={p.next.href} rel="next">
            Volgende regels
          </a>
        </p>
      )}
      {p.next?.bsn && (
        <PostForm action="/logboek" aria-label="Volgende regels">
          <input type="hidden" name="burgerservicenummer" value={p.next.bsn} />
          <input type="hidden" name="vanaf" value={String(p.next.after)} />
          <SubmitButton variant="secondary">Volgende regels</SubmitButton>
        </PostForm>
      )}
    </section>
  );
}
