// The benchmark's output: one table of figures, each with its reference, the ratio and the target (met/missed),
// the same as JSON for a later run to compare with (`npm run bench -- --compare`).
export interface Figure {
  /** Stable name in the JSON, for comparisons across runs. */
  key: string;
  label: string;
  value: number | null;
  unit: string;
  /** Said after the value, e.g. latencies or "50,000 in 21.3 s". */
  detail?: string;
  reference?: { label: string; value: number | null; unit: string };
  /** value / reference, shown as a percentage or as a factor. */
  ratio?: { value: number | null; style: '%' | '×' };
  target?: { text: string; met: boolean | null };
}

export interface BenchResults {
  version: 1;
  at: string;
  node: string;
  cores: number;
  quick: boolean;
  seconds: number;
  figures: Figure[];
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || !Number.isFinite(n)
    ? '–'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const digitsFor = (n: number | null) => (n !== null && Math.abs(n) < 10 ? 2 : 0);
export const num = (n: number | null | undefined) => fmt(n, digitsFor(n ?? null));

export function ratioOf(value: number | null, reference: number | null, style: '%' | '×') {
  return { value: value !== null && reference ? value / reference : null, style };
}

function ratioText(r: Figure['ratio']) {
  if (!r || r.value === null) return '';
  return r.style === '%' ? `${fmt(r.value * 100, 1)} %` : `${fmt(r.value, 2)}×`;
}

const verdict = (t: Figure['target']) => (!t ? '' : t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED');

function layout(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join(' │ ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.slice(1).map(line)].join('\n');
}

export function renderTable(figures: Figure[]): string {
  const rows = [['figure', 'value', 'reference', 'ratio', 'target', 'verdict']];
  for (const f of figures) {
    const value = `${num(f.value)} ${f.unit}${f.detail ? ` (${f.detail})` : ''}`;
    const ref = f.reference ? `${f.reference.label} ${num(f.reference.value)} ${f.reference.unit}` : '–';
    rows.push([f.label, value, ref, ratioText(f.ratio) || '–', f.target?.text ?? '–', verdict(f.target) || '–']);
  }
  return layout(rows);
}

/** Previous against current, per figure present in either, with the change in percent. */
export function renderComparison(previous: BenchResults, current: BenchResults): string {
  const before = new Map(previous.figures.map((f) => [f.key, f]));
  const rows = [['figure', `previous (${previous.at.slice(0, 16)})`, 'now', 'change']];
  for (const f of current.figures) {
    const p = before.get(f.key);
    const change =
      p?.value && f.value !== null
        ? `${f.value >= p.value ? '+' : ''}${fmt(((f.value - p.value) / p.value) * 100, 1)} %`
        : '–';
    rows.push([f.label, p ? `${num(p.value)} ${p.unit}` : '–', `${num(f.value)} ${f.unit}`, change]);
  }
  return layout(rows);
}
