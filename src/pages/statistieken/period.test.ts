// The statistics period: defaults as the API's, a start after the end refused at the start field, words for codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../../core/date.ts';
import { RULESET } from '../../core/risk/rules.ts';
import { labelOf, ORDER, orderedKeys, RULE_LABELS } from './labels.ts';
import { periodFrom, yearBefore } from './period.ts';

const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('periodFrom', () => {
  it('is the last year up to today without dates, and up to the end given', () => {
    expect(periodFrom({}, '2026-11-23')).toMatchObject({ ok: true, period: { from: '2025-11-23', to: '2026-11-23' } });
    expect(periodFrom({ tot: '2026-03-31' }, '2026-11-23')).toMatchObject({
      period: { from: '2025-03-31', to: '2026-03-31' },
    });
    expect(periodFrom({ van: '2027-01-01' }, '2026-11-23')).toMatchObject({
      period: { from: '2027-01-01', to: '2027-01-01' },
    });
    expect(periodFrom({ van: '', tot: '' }, '2026-11-23')).toMatchObject({ ok: true, values: { van: '2025-11-23' } });
  });

  it('refuses a start after the end at the start field, and an impossible date at its own field', () => {
    const late = periodFrom({ van: '2026-12-31', tot: '2026-01-01' }, '2026-11-23');
    expect(late).toMatchObject({ ok: false, errors: [{ field: 'van' }], values: { van: '2026-12-31' } });
    const bad = periodFrom({ tot: '2026-02-30' }, '2026-11-23');
    expect(bad).toMatchObject({ ok: false, errors: [{ field: 'tot' }] });
  });

  it('always gives a valid period that ends on or after its start', () => {
    fc.assert(
      fc.property(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), day, (van, tot, today) => {
        const r = periodFrom({ van, tot }, today);
        if (van && tot && van > tot) {
          expect(r.ok).toBe(false);
          return;
        }
        if (!r.ok) throw new Error('refused a valid period');
        expect(isValidIsoDate(r.period.from) && isValidIsoDate(r.period.to)).toBe(true);
        expect(r.period.from <= r.period.to).toBe(true);
      }),
    );
  });

  it('goes back a year from 29 February to 28 February', () => {
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
    expect(yearBefore('2027-03-01')).toBe('2026-03-01');
  });
});

describe('labels', () => {
  it('names every published rule in words, in the rule set order', () => {
    for (const r of RULESET.regels) expect(RULE_LABELS[r.id], r.id).toBeTruthy();
    expect(ORDER.rule).toEqual(RULESET.regels.map((r) => r.id));
  });

  it('shows an unknown code as it is, after the known ones', () => {
    expect(labelOf(RULE_LABELS, 'nieuwe-regel')).toBe('nieuwe-regel');
    expect(orderedKeys(['a', 'b'], { c: 1, a: 2 })).toEqual(['a', 'b', 'c']);
  });
});
