import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AbstractDatum,
  anniversary,
  dateRange,
  daysInMonth,
  isValidIsoDate,
  longFormat,
  mayBeYoungerThan,
} from './date.ts';

const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const abstractDatum: fc.Arbitrary<AbstractDatum> = fc.oneof(
  isoDate.map((datum) => ({ type: 'Datum' as const, datum })),
  fc
    .record({ jaar: fc.integer({ min: 1900, max: 2100 }), maand: fc.integer({ min: 1, max: 12 }) })
    .map((r) => ({ type: 'JaarMaandDatum' as const, ...r })),
  fc.integer({ min: 1900, max: 2100 }).map((jaar) => ({ type: 'JaarDatum' as const, jaar })),
  fc.constant({ type: 'DatumOnbekend' as const, onbekend: true as const }),
);

describe('AbstractDatum', () => {
  it('validates ISO dates by the calendar', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-1-01')).toBe(false);
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(isValidIsoDate(d)).toBe(true);
      }),
    );
  });

  it('widens partial dates to the whole month or year', () => {
    expect(dateRange({ type: 'JaarMaandDatum', jaar: 2024, maand: 2 })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(dateRange({ type: 'JaarDatum', jaar: 2010 })).toEqual({ from: '2010-01-01', to: '2010-12-31' });
    expect(dateRange({ type: 'DatumOnbekend', onbekend: true })).toEqual({ from: null, to: null });
  });

  it('gives every range a start no later than its end, and valid days', () => {
    fc.assert(
      fc.property(abstractDatum, (d) => {
        const r = dateRange(d);
        if (r.from === null) {
          expect(r.to).toBeNull();
          return;
        }
        expect(isValidIsoDate(r.from)).toBe(true);
        expect(isValidIsoDate(r.to!)).toBe(true);
        expect(r.from <= r.to!).toBe(true);
      }),
    );
  });

  it('lets someone born on 29 February come of age on 1 March in a common year', () => {
    expect(anniversary('2008-02-29', 18)).toBe('2026-03-01');
    expect(anniversary('2008-03-15', 18)).toBe('2026-03-15');
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('treats a person as possibly younger whenever some reading of the dates allows it', () => {
    fc.assert(
      fc.property(abstractDatum, abstractDatum, fc.integer({ min: 1, max: 30 }), (birth, on, years) => {
        const result = mayBeYoungerThan(years, dateRange(birth), dateRange(on));
        const b = dateRange(birth);
        const o = dateRange(on);
        if (b.to === null || o.from === null) {
          expect(result).toBe(true);
          return;
        }
        // Check against the extreme reading: youngest birth, earliest day.
        expect(result).toBe(o.from < anniversary(b.to, years));
        // And a full-date case inside the ranges agrees with the ranges' verdict when the ranges are points.
        if (birth.type === 'Datum' && on.type === 'Datum')
          expect(result).toBe(on.datum < anniversary(birth.datum, years));
      }),
    );
  });

  it('writes the Dutch long form', () => {
    expect(longFormat({ type: 'Datum', datum: '2026-12-01' })).toBe('1 december 2026');
    expect(longFormat({ type: 'JaarMaandDatum', jaar: 2026, maand: 3 })).toBe('maart 2026');
    expect(longFormat({ type: 'JaarDatum', jaar: 2026 })).toBe('2026');
    expect(longFormat({ type: 'DatumOnbekend' })).toBe('onbekend');
  });
});
