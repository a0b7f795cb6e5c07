// What was routed to the organisation, shown as stored in the signal and nothing more: the child, the departure
// and custody for RvdK IKO and Ca IKA; the pseudonymised pattern for CIKO. Rule reasons in plain words.
import { type AbstractDatum, MONTHS } from '../../core/date.ts';
import { municipalityName } from '../../core/reference/municipalities.ts';
import { RULESET, type RuleEffect } from '../../core/risk/rules.ts';
import type { CaseSignalView, CikoSignalView } from '../../core/risk/views.ts';
import type { SignalState } from '../../core/signal/model.ts';
import { custodyLabel, LEVEL_LABELS } from './labels.ts';
import { DataList, H2, P } from './ui.tsx';

export const isCaseView = (v: SignalState['view']): v is CaseSignalView => 'kind' in v;
export const isPatternView = (v: SignalState['view']): v is CikoSignalView => 'leeftijdscategorie' in v;

export const dateText = (d: AbstractDatum | undefined) => (d ? (d.langFormaat ?? d.type) : 'onbekend');
const place = (p: { code: string; omschrijving?: string }) => p.omschrijving ?? `code ${p.code}`;
/** An age band ("4-7", "18+") in words; 'onbekend' when the dates leave it open. */
const ageText = (band: string) => (band === 'onbekend' ? 'onbekend' : `${band} jaar`);
export const municipalityText = (code: string) => municipalityName(code) ?? `gemeente met code ${code}`;

/** The child in a list row: name and birth date, or the pattern's age band and destination for CIKO. */
export function subjectLine(v: SignalState['view']): string {
  if (isCaseView(v)) return `${v.kind.naam ?? 'Naam onbekend'}, geboren ${dateText(v.kind.geboortedatum)}`;
  if (isPatternView(v))
    return `Leeftijd ${ageText(v.leeftijdscategorie)}, uit gemeente ${municipalityText(v.gemeente.code)}`;
  return 'Gegevens verwijderd na de bewaartermijn';
}

export function departureLine(v: SignalState['view']): string {
  if (isCaseView(v)) return `${dateText(v.vertrek.datum)} naar ${place(v.vertrek.land)}`;
  if (isPatternView(v))
    return `${v.vertrekmaand ? monthText(v.vertrekmaand) : 'maand onbekend'} naar ${place(v.bestemming)}`;
  return 'Onbekend';
}

const monthText = (yyyyMm: string) => `${MONTHS[Number(yyyyMm.slice(5, 7)) - 1]} ${yyyyMm.slice(0, 4)}`;

function CaseFacts(props: { view: CaseSignalView }) {
  const v = props.view;
  const declarant = v.aangever?.burgerservicenummer;
  return (
    <>
      <H2 id="kind">Kind</H2>
      <DataList
        facts={[
          { key: 'Naam', value: v.kind.naam ?? 'Onbekend' },
          { key: 'Burgerservicenummer', value: v.kind.burgerservicenummer },
          { key: 'Geboortedatum', value: dateText(v.kind.geboortedatum) },
        ]}
      />
      <H2 id="vertrek">Vertrek</H2>
      <DataList
        facts={[
          { key: 'Vertrekdatum', value: dateText(v.vertrek.datum) },
          { key: 'Land van bestemming', value: place(v.vertrek.land) },
          { key: 'Gemeente van inschrijving', value: municipalityText(v.vertrek.gemeente.code) },
        ]}
      />
      <H2 id="gezag">Gezag</H2>
      <DataList
        facts={[
          { key: 'Soort gezag', value: custodyLabel(v.gezag.type) },
          ...v.gezag.gezaghouders.map((h, i) => ({
            key: `Gezaghouder ${i + 1}`,
            value: [
              h.naam ?? 'Naam onbekend',
              h.burgerservicenummer
                ? `, burgerservicenummer ${h.burgerservicenummer}`
                : ', burgerservicenummer onbekend',
              h.burgerservicenummer && h.burgerservicenummer === declarant ? ' (deed de aangifte)' : '',
            ].join(''),
          })),
          !!declarant &&
            !v.gezag.gezaghouders.some((h) => h.burgerservicenummer === declarant) && {
              key: 'Aangever',
              value: `Burgerservicenummer ${declarant}`,
            },
        ]}
      />
    </>
  );
}

function PatternFacts(props: { view: CikoSignalView }) {
  const v = props.view;
  return (
    <>
      <H2 id="patroon">Patroon</H2>
      <P>
        Dit is een patroonsignaal. Het noemt geen kind, ouder of zaak: het helpt om patronen te zien, niet om één geval
        te volgen.
      </P>
      <DataList
        facts={[
          { key: 'Leeftijd op de vertrekdatum', value: ageText(v.leeftijdscategorie) },
          { key: 'Land van bestemming', value: place(v.bestemming) },
          { key: 'Maand van vertrek', value: v.vertrekmaand ? monthText(v.vertrekmaand) : 'Onbekend' },
          { key: 'Gemeente', value: municipalityText(v.gemeente.code) },
        ]}
      />
    </>
  );
}

/** The stored view, as routed; an emptied view (retention) says so. */
export function RoutedData(props: { view: SignalState['view'] }) {
  const v = props.view;
  if (isCaseView(v)) return <CaseFacts view={v} />;
  if (isPatternView(v)) return <PatternFacts view={v} />;
  return <P>De gegevens van dit signaal zijn verwijderd, omdat de bewaartermijn voorbij is.</P>;
}

const RULES = new Map<string, RuleEffect>(RULESET.regels.map((r) => [r.id, r.effect]));

/** A rule's published effect in words: what it did to the level. */
export function effectText(e: RuleEffect | undefined): string {
  if (!e) return '';
  if (e.soort !== 'stap') return `Daardoor is het niveau ten minste ${LEVEL_LABELS[e.niveau].toLowerCase()}.`;
  const steps = Math.abs(e.stappen) === 1 ? 'een stap' : `${Math.abs(e.stappen)} stappen`;
  return `Daardoor is het niveau ${steps} ${e.stappen > 0 ? 'hoger' : 'lager'}.`;
}

/** Why the signal was made: each rule's reason for this case, with what the rule says in general. */
export function Reasons(props: { view: SignalState['view'] }) {
  const v = props.view;
  if (!isCaseView(v) && !isPatternView(v)) return null;
  return (
    <>
      <H2 id="redenen">Waarom dit signaal</H2>
      <ul class="utrecht-unordered-list">
        {v.redenen.map((r) => (
          <li class="utrecht-unordered-list__item">
            <strong>{r.toelichting}</strong> {effectText(RULES.get(r.regel))}
          </li>
        ))}
      </ul>
      <P>{`Beoordeeld met de openbare risicoregels, versie ${v.regelsetVersie}.`}</P>
    </>
  );
}
