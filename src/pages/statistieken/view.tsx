// The statistics page's content: the period form, the totals, and per subject a chart with its table beside it.
// The figures come from readStatistics unchanged (the same as GET /api/v1/statistieken); only words are added.

import type { readStatistics } from '../../app/statistics/statistics.ts';
import { longFormat } from '../../core/date.ts';
import type { FieldError } from '../../web/forms.ts';
import { valueText } from '../../web/ui/bar-chart.ts';
import { errorFor, SubmitButton, TextField } from '../../web/ui/forms.tsx';
import { CountFigure, Figure } from './figures.tsx';
import * as L from './labels.ts';

export type Figures = Awaited<ReturnType<typeof readStatistics>>;

const day = (iso: string) => longFormat({ type: 'Datum', datum: iso });

export function PeriodForm(p: { values: Record<string, string>; errors?: FieldError[] }) {
  return (
    <form method="get" action="/statistieken" class="vs-form vs-period" aria-label="Periode kiezen" novalidate>
      <div class="vs-period__fields">
        <TextField name="van" label="Van" type="date" value={p.values.van} error={errorFor(p.errors, 'van')} />
        <TextField name="tot" label="Tot en met" type="date" value={p.values.tot} error={errorFor(p.errors, 'tot')} />
      </div>
      <SubmitButton>Cijfers tonen</SubmitButton>
    </form>
  );
}

function Totals(p: { f: Figures }) {
  const pick = p.f.signalen.oppakken;
  const rows: [string, string][] = [
    ['Vertrekmeldingen', valueText(p.f.vertrekmeldingen.totaal)],
    ['Signalen', valueText(p.f.signalen.totaal)],
    [
      'Tijd tot oppakken (mediaan)',
      pick.mediaanUren === null
        ? 'niet berekend: minder dan 10 signalen opgepakt'
        : `${valueText(pick.mediaanUren)} uur`,
    ],
  ];
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows vs-totals">
      {rows.map(([k, v]) => (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{k}</dt>
          <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Precision(p: { rules: Figures['signalen']['perRegel'] }) {
  const shown = p.rules.filter((r) => r.precisie !== null);
  const name = (code: string) => L.labelOf(L.RULE_LABELS, code);
  const precision = (x: number | null) =>
    x === null ? 'niet berekend: minder dan 10 afgesloten' : valueText(Math.round(x * 100), 'percent');
  return (
    <Figure
      id="precisie-per-regel"
      title="Precisie per regel"
      explanation={
        'Welk deel van de afgesloten signalen van een regel terecht bleek, volgens de medewerkers die ze afsloten. ' +
        'De precisie staat er pas bij 10 of meer afgesloten signalen van die regel.'
      }
      unit="percent"
      stacked
      bars={shown.map((r) => ({ label: name(r.regel), value: Math.round((r.precisie ?? 0) * 100) }))}
      table={{
        id: 'precisie-per-regel',
        caption: 'Afgesloten signalen per regel en hun precisie',
        columns: [
          { header: 'Regel' },
          { header: 'Afgesloten', numeric: true },
          { header: 'Terecht', numeric: true },
          { header: 'Onterecht', numeric: true },
          { header: 'Precisie', numeric: true },
        ],
        rows: p.rules.map((r) => ({
          name: name(r.regel),
          cells: [valueText(r.afgesloten), valueText(r.terecht), valueText(r.onterecht), precision(r.precisie)],
        })),
      }}
    />
  );
}

function PickUp(p: { pick: Figures['signalen']['oppakken'] }) {
  const bars = [
    { label: 'Opgepakt binnen de termijn', value: p.pick.binnenTermijn },
    { label: 'Opgepakt na de termijn', value: p.pick.buitenTermijn },
    { label: 'Nog niet opgepakt, termijn verstreken', value: p.pick.nogNietOpgepaktTermijnVerstreken },
  ];
  return (
    <Figure
      id="oppakken"
      title="Tijd tot oppakken"
      explanation="Of signalen binnen de termijn van de ontvangende organisatie zijn opgepakt."
      bars={bars}
      table={{
        id: 'oppakken',
        caption: 'Signalen opgepakt binnen en na de termijn',
        columns: [{ header: 'Signalen' }, { header: 'Aantal', numeric: true }],
        rows: bars.map((b) => ({ name: b.label, cells: [valueText(b.value)] })),
      }}
    >
      <p class="nl-paragraph">
        {p.pick.mediaanUren === null
          ? 'De mediaan van de tijd tot oppakken is niet berekend: er zijn minder dan 10 signalen opgepakt.'
          : `De helft van de opgepakte signalen was binnen ${valueText(p.pick.mediaanUren)} uur opgepakt (mediaan).`}
      </p>
    </Figure>
  );
}

export function StatisticsView(p: { figures: Figures; values: Record<string, string> }) {
  const { vertrekmeldingen: cases, signalen: signals } = p.figures;
  return (
    <div class="vs-stack">
      <p class="nl-paragraph">
        Cijfers over de vertrekmeldingen en signalen die in de gekozen periode binnenkwamen. Een aantal onder de 10
        staat er als "minder dan 10", zodat geen cijfer naar een persoon wijst. Naast elke grafiek staat een tabel met
        dezelfde cijfers.
      </p>
      <PeriodForm values={p.values} />
      <h2 class="nl-heading nl-heading--level-2">
        {`Van ${day(p.figures.periode.van)} tot en met ${day(p.figures.periode.tot)}`}
      </h2>
      <Totals f={p.figures} />
      <h2 class="nl-heading nl-heading--level-2">Vertrekmeldingen</h2>
      <CountFigure
        id="meldingen-per-status"
        title="Vertrekmeldingen per status"
        keyHeader="Status"
        counts={cases.perStatus}
        order={L.ORDER.caseStatus}
        labels={L.CASE_STATUS_LABELS}
      />
      <CountFigure
        id="meldingen-per-niveau"
        title="Vertrekmeldingen per risiconiveau"
        keyHeader="Risiconiveau"
        counts={cases.perNiveau}
        order={L.ORDER.level}
        labels={L.LEVEL_LABELS}
      />
      <CountFigure
        id="meldingen-per-regel"
        title="Vertrekmeldingen per regel"
        explanation="Hoe vaak elke risicoregel gold. Bij één vertrekmelding kunnen meer regels gelden."
        keyHeader="Regel"
        counts={cases.perRegel}
        order={L.ORDER.rule}
        labels={L.RULE_LABELS}
      />
      <h2 class="nl-heading nl-heading--level-2">Signalen</h2>
      <CountFigure
        id="signalen-per-ontvanger"
        title="Signalen per ontvanger"
        keyHeader="Ontvanger"
        counts={signals.perOntvanger}
        order={L.ORDER.recipient}
        labels={L.RECIPIENT_LABELS}
      />
      <CountFigure
        id="signalen-per-niveau"
        title="Signalen per risiconiveau"
        keyHeader="Risiconiveau"
        counts={signals.perNiveau}
        order={L.ORDER.signalLevel}
        labels={L.LEVEL_LABELS}
      />
      <CountFigure
        id="signalen-per-status"
        title="Signalen per status"
        keyHeader="Status"
        counts={signals.perStatus}
        order={L.ORDER.signalStatus}
        labels={L.SIGNAL_STATUS_LABELS}
      />
      <CountFigure
        id="signalen-per-uitkomst"
        title="Afgesloten signalen per uitkomst"
        keyHeader="Uitkomst"
        counts={signals.perUitkomst}
        order={L.ORDER.outcome}
        labels={L.OUTCOME_LABELS}
      />
      <Precision rules={signals.perRegel} />
      <PickUp pick={signals.oppakken} />
    </div>
  );
}
