// The geometry of a horizontal bar chart, as plain data: per bar its words and how far it reaches, in the units of
// the bar's SVG drawing. Pure, so the drawing (BarChart.tsx) only turns it into markup. A small count ("<10") is an
// open, dashed range from 0 to 10 with the words "minder dan 10", never an exact bar: the figure is hidden on purpose.

export type ChartValue = number | '<10';

export interface BarInput {
  /** What the bar stands for, in words (never a code without meaning). */
  label: string;
  value: ChartValue;
}

export type ChartUnit = 'count' | 'percent';

export interface BarShape {
  label: string;
  /** The value in words: "12", "minder dan 10", "75%". */
  text: string;
  /** A hidden small count: an open range from 0 to 10, not a bar. */
  range: boolean;
  /** The bar's length in drawing units, 0 to TRACK. */
  length: number;
}

export interface ChartLayout {
  /** The value a full-length bar stands for. */
  scale: number;
  bars: BarShape[];
}

export const SMALL = 10;
/** The width of every bar's drawing, in SVG units (the drawing stretches to the page's width). */
export const TRACK = 1000;
/** The height of a bar's drawing, in SVG units. */
export const BAR_HEIGHT = 24;

/** The value as people read it: "minder dan 10", "1.234", "2,5", "75%". */
export function valueText(value: ChartValue, unit: ChartUnit = 'count'): string {
  if (value === '<10') return 'minder dan 10';
  const n = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value);
  return unit === 'percent' ? `${n}%` : n;
}

/** What a full bar stands for: 100 for percentages, else the largest value (a hidden count counts as 10), or 1. */
export function scaleOf(bars: readonly BarInput[], unit: ChartUnit = 'count'): number {
  if (unit === 'percent') return 100;
  return Math.max(1, ...bars.map((b) => (b.value === '<10' ? SMALL : b.value)));
}

export function layoutBarChart(bars: readonly BarInput[], unit: ChartUnit = 'count'): ChartLayout {
  const scale = scaleOf(bars, unit);
  const length = (v: number) => Math.round((Math.max(0, Math.min(v, scale)) / scale) * TRACK * 10) / 10;
  return {
    scale,
    bars: bars.map((b) => ({
      label: b.label,
      text: valueText(b.value, unit),
      range: b.value === '<10',
      length: length(b.value === '<10' ? SMALL : b.value),
    })),
  };
}

/** The drawing's accessible name: its title, then every bar in words. */
export function chartSummary(title: string, bars: readonly BarInput[], unit: ChartUnit = 'count'): string {
  if (bars.length === 0) return `${title}: geen gegevens.`;
  return `${title}: ${bars.map((b) => `${b.label} ${valueText(b.value, unit)}`).join('; ')}.`;
}
