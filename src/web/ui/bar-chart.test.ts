// The bar chart's geometry and drawing: every bar within its track, longer for a larger value, the largest full;
// a hidden small count drawn as an open range with its words; one image with a name that reads every bar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart.tsx';
import { type BarInput, chartSummary, layoutBarChart, scaleOf, TRACK, valueText } from './bar-chart.ts';

const value = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant('<10' as const));
const bars = fc.array(fc.record({ label: fc.string({ minLength: 1, maxLength: 90 }), value }), {
  minLength: 1,
  maxLength: 12,
});
const numeric = (b: BarInput) => (b.value === '<10' ? 10 : b.value);

describe('layoutBarChart', () => {
  it('keeps every bar within its track, one shape per bar, in the same order', () => {
    fc.assert(
      fc.property(bars, (bs) => {
        const l = layoutBarChart(bs);
        expect(l.bars.map((b) => b.label)).toEqual(bs.map((b) => b.label));
        for (const b of l.bars) {
          expect(b.length).toBeGreaterThanOrEqual(0);
          expect(b.length).toBeLessThanOrEqual(TRACK);
        }
      }),
    );
  });

  it('never draws a larger value shorter, visibly longer from a thousandth of the scale, the largest full', () => {
    fc.assert(
      fc.property(bars, (bs) => {
        const l = layoutBarChart(bs);
        for (let i = 0; i < bs.length; i++)
          for (let j = 0; j < bs.length; j++) {
            const diff = numeric(bs[i]) - numeric(bs[j]);
            if (diff > 0) expect(l.bars[i].length).toBeGreaterThanOrEqual(l.bars[j].length);
            if (diff >= l.scale / TRACK) expect(l.bars[i].length).toBeGreaterThan(l.bars[j].length);
          }
        const top = Math.max(...bs.map(numeric));
        if (top > 0) expect(Math.max(...l.bars.map((b) => b.length))).toBe(TRACK);
        else expect(l.bars.every((b) => b.length === 0)).toBe(true);
      }),
    );
  });

  it('draws a hidden small count as an open range up to 10, with the words "minder dan 10"', () => {
    const l = layoutBarChart([
      { label: 'a', value: '<10' },
      { label: 'b', value: 10 },
      { label: 'c', value: 40 },
    ]);
    expect(l.scale).toBe(40);
    expect(l.bars).toEqual([
      { label: 'a', text: 'minder dan 10', range: true, length: TRACK / 4 },
      { label: 'b', text: '10', range: false, length: TRACK / 4 },
      { label: 'c', text: '40', range: false, length: TRACK },
    ]);
    // Only hidden counts: the range fills the track, as 10 would.
    expect(layoutBarChart([{ label: 'a', value: '<10' }]).bars[0].length).toBe(TRACK);
  });

  it('scales percentages from 0 to 100%, whatever the largest value', () => {
    expect(scaleOf([{ label: 'regel', value: 25 }], 'percent')).toBe(100);
    const l = layoutBarChart([{ label: 'regel', value: 25 }], 'percent');
    expect(l.bars[0]).toEqual({ label: 'regel', text: '25%', range: false, length: TRACK / 4 });
  });

  it('does not divide by zero when every value is 0', () => {
    expect(layoutBarChart([{ label: 'a', value: 0 }]).bars[0]).toMatchObject({ length: 0, text: '0' });
  });
});

describe('valueText and chartSummary', () => {
  it('writes numbers the Dutch way', () => {
    expect([valueText(0), valueText(1234), valueText(2.5), valueText(75, 'percent'), valueText('<10')]).toEqual([
      '0',
      '1.234',
      '2,5',
      '75%',
      'minder dan 10',
    ]);
  });

  it('reads every bar in words, and says when there is nothing', () => {
    expect(
      chartSummary('Signalen per ontvanger', [
        { label: 'CIKO', value: 12 },
        { label: 'Centrale autoriteit', value: '<10' },
      ]),
    ).toBe('Signalen per ontvanger: CIKO 12; Centrale autoriteit minder dan 10.');
    expect(chartSummary('Signalen per ontvanger', [])).toBe('Signalen per ontvanger: geen gegevens.');
  });
});

describe('BarChart', () => {
  const html = (p: Parameters<typeof BarChart>[0]) => String(BarChart(p));

  it('is one image named after its bars, each bar an SVG drawing with its label and value as text', () => {
    const out = html({
      title: 'Per status',
      bars: [
        { label: 'Beoordeeld', value: 12 },
        { label: 'Ingetrokken', value: '<10' },
      ],
    });
    const name = 'Staafdiagram. Per status: Beoordeeld 12; Ingetrokken minder dan 10.';
    expect(out.startsWith(`<div class="vs-bars" role="img" aria-label="${name}">`)).toBe(true);
    expect(out.match(/<svg /g)).toHaveLength(2);
    expect(out).toContain(`<rect class="vs-bars__bar" x="0" y="0" width="${TRACK}"`);
    expect(out.match(/class="vs-bars__range"/g)).toHaveLength(1);
    expect(out).toContain('<span class="vs-bars__value">minder dan 10</span>');
    expect(out).not.toMatch(/<text|&lt;10/);
  });

  it('escapes labels and says "no data" instead of drawing an empty chart', () => {
    expect(html({ title: 't', bars: [{ label: '<script>x</script>', value: 1 }] })).not.toContain('<script>');
    expect(html({ title: 't', bars: [] })).toBe(
      '<p class="nl-paragraph vs-bars__empty">Geen gegevens in deze periode.</p>',
    );
  });
});
