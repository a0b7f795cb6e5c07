// The bench table: each figure with its reference, ratio, target and verdict; comparison with an earlier run.
import { describe, expect, it } from 'vitest';
import { type BenchResults, type Figure, ratioOf, renderComparison, renderTable } from './table.ts';

const single: Figure = {
  key: 'single',
  label: 'single intake',
  value: 3000,
  unit: 'req/s',
  reference: { label: 'bare Hono', value: 10_000, unit: 'req/s' },
  ratio: ratioOf(3000, 10_000, '%'),
  target: { text: '≥ 25 %', met: true },
};
const scale: Figure = {
  key: 'scale',
  label: 'two workers',
  value: 150,
  unit: 'events/s',
  ratio: ratioOf(150, 100, '×'),
  target: { text: '≥ 1.6×', met: false },
};
const run = (figures: Figure[], at = '2026-11-29T10:00:00Z'): BenchResults => ({
  version: 1,
  at,
  node: 'v24',
  cores: 2,
  quick: false,
  seconds: 1,
  figures,
});

describe('bench table', () => {
  it('shows value, reference, ratio, target and verdict in one row per figure', () => {
    const lines = renderTable([single, scale]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/single intake\s+│ 3,000 req\/s\s+│ bare Hono 10,000 req\/s │ 30.0 %\s+│ ≥ 25 %\s+│ met/);
    expect(lines[3]).toMatch(/two workers\s+│ 150 events\/s\s+│ –\s+│ 1.50×\s+│ ≥ 1.6×\s+│ MISSED/);
  });

  it('has no ratio without a reference value', () => {
    expect(ratioOf(5, null, '%').value).toBeNull();
    expect(ratioOf(5, 0, '%').value).toBeNull();
  });

  it('compares with an earlier run per figure, in percent', () => {
    const before = run([{ ...single, value: 2000 }], '2026-11-28T09:00:00Z');
    const text = renderComparison(before, run([single, scale]));
    expect(text).toMatch(/single intake\s+│ 2,000 req\/s\s+│ 3,000 req\/s\s+│ \+50.0 %/);
    expect(text).toMatch(/two workers\s+│ –\s+│ 150 events\/s\s+│ –/);
    expect(text).toContain('previous (2026-11-28T09:00)');
  });
});
