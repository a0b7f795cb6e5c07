import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isChecked, measure, offenders, splitLines } from '../../scripts/lint/size-rules.ts';

const limits = { maxFileLines: 3, maxLineLength: 10 };

describe('size rules', () => {
  it('flags a file with more lines than allowed, and not one at the limit', () => {
    expect(measure('a.ts', 'a\nb\nc\n', limits).tooManyLines).toBe(false);
    expect(measure('a.ts', 'a\nb\nc\nd\n', limits).tooManyLines).toBe(true);
  });

  it('reports each line over the width with its number and length', () => {
    const r = measure('a.ts', `${'x'.repeat(10)}\n${'y'.repeat(11)}\nok\n${'z'.repeat(12)}`, limits);
    expect(r.longLines).toEqual([
      { line: 2, length: 11 },
      { line: 4, length: 12 },
    ]);
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(measure('a.ts', 'é…😀'.repeat(3), limits).longLines).toEqual([]);
    expect(measure('a.ts', 'é'.repeat(11), limits).longLines).toEqual([{ line: 1, length: 11 }]);
  });

  it('does not count a final newline as a line, and handles CRLF', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });

  it('checks code, tests included, and exempts generated data, fixtures and migrations', () => {
    expect(isChecked('src/jobs/runner.ts')).toBe(true);
    expect(isChecked('test/integration/intake.test.ts')).toBe(true);
    expect(isChecked('.dependency-cruiser.cjs')).toBe(true);
    expect(isChecked('src/core/reference/countries.generated.ts')).toBe(false);
    expect(isChecked('src/core/risk/sample.fixture.ts')).toBe(false);
    expect(isChecked('test/fixtures/big.ts')).toBe(false);
    expect(isChecked('migrations/pg/0000_init.sql')).toBe(false);
    expect(isChecked('README.md')).toBe(false);
  });

  it('finds exactly the lines over the width, for any text', () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const r = measure('a.ts', lines.map((l) => `${l}\n`).join(''), limits);
        const expected = lines.flatMap((l, i) => ([...l].length > 10 ? [i + 1] : []));
        expect(r.longLines.map((l) => l.line)).toEqual(expected);
        expect(r.lines).toBe(lines.length);
        expect(offenders([r]).length).toBe(expected.length > 0 || lines.length > 3 ? 1 : 0);
      }),
    );
  });
});
