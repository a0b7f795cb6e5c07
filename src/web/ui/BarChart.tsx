// A horizontal bar chart made on the server: each bar an inline SVG drawing, its label and value plain text beside
// it. No script, no chart library, nothing from another host. The chart is one image with an accessible name that
// reads every bar; the page puts a table with the same figures beside it. Colour carries no meaning: every bar has
// its label above it and its value next to it.
// The words are HTML, not SVG text: axe-core cannot tell the contrast of SVG text, and this project counts that as
// a failure (test/browser/helpers/axe.ts).
import { BAR_HEIGHT, type BarInput, type ChartUnit, chartSummary, layoutBarChart, TRACK } from './bar-chart.ts';

export interface BarChartProps {
  /** What the chart shows, e.g. "Vertrekmeldingen per status"; the start of its accessible name. */
  title: string;
  bars: readonly BarInput[];
  unit?: ChartUnit;
}

function Bar(p: { length: number; range: boolean }) {
  return (
    <svg
      class="vs-bars__svg"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${TRACK} ${BAR_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {p.range ? (
        <rect
          class="vs-bars__range"
          x="1"
          y="1"
          width={Math.max(p.length - 2, 0)}
          height={BAR_HEIGHT - 2}
          fill="#ffffff"
          stroke="#154273"
          stroke-width="2"
          stroke-dasharray="6 4"
          vector-effect="non-scaling-stroke"
        />
      ) : (
        <rect class="vs-bars__bar" x="0" y="0" width={p.length} height={BAR_HEIGHT} fill="#154273" />
      )}
      {/* The zero line: a bar of 0 is still visibly a bar of 0. */}
      <line
        class="vs-bars__zero"
        x1="0"
        x2="0"
        y1="0"
        y2={BAR_HEIGHT}
        stroke="#154273"
        stroke-width="4"
        vector-effect="non-scaling-stroke"
      />
    </svg>
  );
}

export function BarChart(p: BarChartProps) {
  if (p.bars.length === 0) return <p class="nl-paragraph vs-bars__empty">Geen gegevens in deze periode.</p>;
  const l = layoutBarChart(p.bars, p.unit);
  return (
    <div class="vs-bars" role="img" aria-label={`Staafdiagram. ${chartSummary(p.title, p.bars, p.unit)}`}>
      {l.bars.map((b) => (
        <div class="vs-bars__row">
          <span class="vs-bars__label">{b.label}</span>
          <span class="vs-bars__track">
            <Bar length={b.length} range={b.range} />
          </span>
          <span class="vs-bars__value">{b.text}</span>
        </div>
      ))}
    </div>
  );
}
