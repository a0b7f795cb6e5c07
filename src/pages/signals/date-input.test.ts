import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from './date-input.ts';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('a typed date', () => {
  it('reads back what the form shows, and the ISO form itself', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        expect(parseDateInput(formatDateInput(iso))).toBe(iso);
        expect(parseDateInput(iso)).toBe(iso);
      }),
    );
  });

  it('takes day-month-year with any usual separator, without leading zeros, around spaces', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom('-', '/', '.', ' '), (iso, sep) => {
        const [y, m, d] = iso.split('-');
        expect(parseDateInput(`  ${Number(d)}${sep}${Number(m)}${sep}${y} `)).toBe(iso);
      }),
    );
  });

  it('refuses what is not a date written out in full', () => {
    for (const s of ['', '30-06', '30-06-27', '2027/06/30', 'morgen', '30-06-2027x', '1-1-1-2027', '2027-6-30-1']) {
      expect(parseDateInput(s), s).toBeNull();
    }
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/\d/.test(s)),
        (s) => parseDateInput(s) === null,
      ),
    );
  });
});
