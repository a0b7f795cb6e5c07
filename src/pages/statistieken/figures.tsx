// One figure of the statistics page: a heading, the bar chart and, beside it, a table with the same figures (the
// table is the accessible equivalent of the drawing). Small counts read "minder dan 10" in both.
import type { Child } from 'hono/jsx';
import { BarChart } from '../../web/ui/BarChart.tsx';
import type { BarInput, ChartValue } from '../../web/ui/bar-chart.ts';
import { valueText } from '../../web/ui/bar-chart.ts';
import { type Labels, labelOf, orderedKeys } from './labels.ts';

export type Cell = ChartValue;

export interface Column {
  header: string;
  numeric?: boolean;
}

export interface TableProps {
  id: string;
  caption: string;
  columns: Column[];
  /** Per row: the row's name (a header cell), then its cells as text. */
  rows: { name: string; cells: string[] }[];
}

export function FigureTable(p: TableProps) {
  return (
    <div class="vs-chart__table">
      <table class="utrecht-table utrecht-table--html-table" id={`tabel-${p.id}`}>
        <caption class="utrecht-table__caption">{`Tabel: ${p.caption}`}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {p.columns.map((col) => (
              <th
                class={`utrecht-table__header-cell${col.numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`}
                scope="col"
              >
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {p.rows.map((r) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {r.name}
              </th>
              {r.cells.map((text, i) => (
                <td
                  class={`utrecht-table__cell${p.columns[i + 1]?.numeric ? ' utrecht-table__cell--numeric-data' : ''}`}
                >
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface FigureProps {
  id: string;
  title: string;
  /** What the figure means, in one or two plain sentences. */
  explanation?: string;
  bars: BarInput[];
  unit?: 'count' | 'percent';
  table: TableProps;
  /** The table below the chart instead of beside it (a table with many columns). */
  stacked?: boolean;
  children?: Child;
}

export function Figure(p: FigureProps) {
  return (
    <section class="vs-figure" aria-labelledby={`kop-${p.id}`}>
      <h3 class="nl-heading nl-heading--level-3" id={`kop-${p.id}`}>
        {p.title}
      </h3>
      {p.explanation && <p class="nl-paragraph">{p.explanation}</p>}
      <div class={p.stacked ? 'vs-chart vs-chart--stacked' : 'vs-chart'}>
        <BarChart title={p.title} bars={p.bars} unit={p.unit} />
        <FigureTable {...p.table} />
      </div>
      {p.children}
    </section>
  );
}

/** A count per code (status, level, …) as a figure: every known code in the domain's order, then any other. */
export function CountFigure(p: {
  id: string;
  title: string;
  explanation?: string;
  keyHeader: string;
  counts: Readonly<Record<string, Cell>>;
  order: readonly string[];
  labels: Labels;
}) {
  const keys = orderedKeys(p.order, p.counts);
  const bars = keys.map((k) => ({ label: labelOf(p.labels, k), value: p.counts[k] ?? 0 }));
  return (
    <Figure
      id={p.id}
      title={p.title}
      explanation={p.explanation}
      bars={bars}
      table={{
        id: p.id,
        caption: p.title,
        columns: [{ header: p.keyHeader }, { header: 'Aantal', numeric: true }],
        rows: bars.map((b) => ({ name: b.label, cells: [valueText(b.value)] })),
      }}
    />
  );
}
