import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn.ts';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];
const weightedSum = (digits: number[]) => digits.reduce((s, d, i) => s + d * WEIGHTS[i], 0);

describe('isValidBsn (elfproef)', () => {
  it('accepts BSNs known to pass, including BRP test numbers with a weighted sum of 0', () => {
    for (const bsn of [
      '999998870',
      '999998882',
      '999998894',
      '999990342',
      '555555021',
      '000000012',
      '000000024',
      '000000048',
    ])
      expect(isValidBsn(bsn)).toBe(true);
  });

  it('rejects wrong lengths and non-digits', () => {
    for (const bad of ['', '99999887', '9999988701', '99999887a', ' 99999887', '999 99887', '99999887\n'])
      expect(isValidBsn(bad)).toBe(false);
  });

  it('agrees with the weighted-sum definition for every 9-digit string', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (digits) => {
        expect(isValidBsn(digits.join(''))).toBe(weightedSum(digits) % 11 === 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('detects every single-digit change of a valid BSN', () => {
    const valid = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
      .map((first8) => [...first8, first8.reduce((s, d, i) => s + d * WEIGHTS[i], 0) % 11])
      .filter((digits) => digits[8] <= 9);
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (digits, pos, delta) => {
        expect(isValidBsn(digits.join(''))).toBe(true);
        const changed = [...digits];
        changed[pos] = (changed[pos] + delta) % 10;
        expect(isValidBsn(changed.join(''))).toBe(false);
      }),
    );
  });
});
