// The age questions are checked against brute force: every pair of concrete days the two dates may stand for.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certainAgeBand,
  mayBeAtLeastOn,
  mayBeMinorOnDeparture,
  mayBeUnder16OnDeparture,
  mayBeYoungerOn,
} from './age.ts';
import type { AbstractDatum } from './date.ts';
import { AGE_BANDS, ageBand } from './risk/views.ts';

type Day = [number, number, number];

/** Every calendar day from one year through another, as [year, month, day]. */
function days(fromYear: number, toYear: number, month?: number): Day[] {
  const out: Day[] = [];
  for (let t = Date.UTC(fromYear, month ? month - 1 : 0, 1); ; t += 86_400_000) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    if (y > toYear || (month && m !== month)) break;
    out.push([y, m, d.getUTCDate()]);
  }
  return out;
}

// The days an "unknown" date may be: wide enough to reach past every limit the generated dates can test.
const BIRTH_UNIVERSE: [number, number] = [1990, 2012];
const DEPARTURE_UNIVERSE: [number, number] = [2000, 2020];

function daysOf(d: AbstractDatum | undefined, universe: [number, number]): Day[] {
  if (!d || d.type === 'DatumOnbekend') return days(...universe);
  if (d.type === 'JaarDatum') return days(d.jaar, d.jaar);
  if (d.type === 'JaarMaandDatum') return days(d.jaar, d.jaar, d.maand);
  const [y, m, day] = d.datum.split('-').map(Number);
  return [[y, m, day]];
}

/** Age in whole years, written independently of the code under test (someone born 29 February ages on 1 March). */
const ageOn = (b: Day, on: Day) => on[0] - b[0] - (on[1] < b[1] || (on[1] === b[1] && on[2] < b[2]) ? 1 : 0);

/** Some pair of concrete days satisfies `test` (searched from the end most likely to satisfy it first). */
function somePair(
  birth: AbstractDatum | undefined,
  on: AbstractDatum,
  test: (age: number) => boolean,
  youngestFirst: boolean,
): boolean {
  const bs = daysOf(birth, BIRTH_UNIVERSE);
  const ds = daysOf(on, DEPARTURE_UNIVERSE);
  if (youngestFirst) bs.reverse();
  else ds.reverse();
  for (const b of bs) for (const d of ds) if (test(ageOn(b, d))) return true;
  return false;
}

const isoDay = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const datumIn = (fromYear: number, toYear: number): fc.Arbitrary<AbstractDatum> =>
  fc
    .date({ min: new Date(`${fromYear}-01-01`), max: new Date(`${toYear}-12-31`), noInvalidDate: true })
    .map((d) => ({ type: 'Datum' as const, datum: d.toISOString().slice(0, 10) }));
const abstractDatum = (fromYear: number, toYear: number): fc.Arbitrary<AbstractDatum> =>
  fc.oneof(
    { weight: 3, arbitrary: datumIn(fromYear, toYear) },
    // Leap days and month ends are where off-by-one errors live.
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...[2000, 2004, 2008].filter((y) => y >= fromYear && y <= toYear))
        .map((y) => ({ type: 'Datum' as const, datum: isoDay(y, 2, 29) })),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('JaarMaandDatum' as const),
        jaar: fc.integer({ min: fromYear, max: toYear }),
        maand: fc.integer({ min: 1, max: 12 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('JaarDatum' as const),
        jaar: fc.integer({ min: fromYear, max: toYear }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'DatumOnbekend' as const, onbekend: true as const }) },
  );
const birthArb = fc.option(abstractDatum(2000, 2008), { nil: undefined, freq: 8 });
const departureArb = abstractDatum(2000, 2012);

describe('age on the departure date', () => {
  it('may be younger than N exactly when some pair of possible days gives an age under N', () => {
    fc.assert(
      fc.property(birthArb, departureArb, fc.integer({ min: 1, max: 8 }), (birth, on, n) => {
        expect(mayBeYoungerOn(n, birth, on)).toBe(somePair(birth, on, (age) => age < n, true));
      }),
      { numRuns: 400 },
    );
  });

  it('may be at least N exactly when some pair of possible days gives an age of N or more', () => {
    fc.assert(
      fc.property(birthArb, departureArb, fc.integer({ min: 1, max: 8 }), (birth, on, n) => {
        expect(mayBeAtLeastOn(n, birth, on)).toBe(somePair(birth, on, (age) => age >= n, false));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with brute force right at the birthday, where off-by-one errors live', () => {
    const nearBirthday = fc
      .tuple(
        datumIn(2000, 2008),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: -2, max: 2 }),
        fc.constantFrom('Datum', 'JaarMaandDatum', 'JaarDatum'),
      )
      .map(([birth, n, delta, widen]) => {
        const [y, m, d] = (birth as { datum: string }).datum.split('-').map(Number);
        const t = new Date(Date.UTC(y + n, m - 1, d) + delta * 86_400_000);
        const on: AbstractDatum =
          widen === 'Datum'
            ? { type: 'Datum', datum: t.toISOString().slice(0, 10) }
            : widen === 'JaarMaandDatum'
              ? { type: 'JaarMaandDatum', jaar: t.getUTCFullYear(), maand: t.getUTCMonth() + 1 }
              : { type: 'JaarDatum', jaar: t.getUTCFullYear() };
        return { birth, n, on };
      });
    fc.assert(
      fc.property(nearBirthday, ({ birth, n, on }) => {
        expect(mayBeYoungerOn(n, birth, on)).toBe(somePair(birth, on, (age) => age < n, true));
        expect(mayBeAtLeastOn(n, birth, on)).toBe(somePair(birth, on, (age) => age >= n, false));
      }),
      { numRuns: 400 },
    );
  });

  it('gives a band only when every pair of possible days falls in it', () => {
    const bands = [
      { from: 0, until: 3 },
      { from: 3, until: 6 },
      { from: 6, until: null },
    ];
    fc.assert(
      fc.property(birthArb, departureArb, (birth, on) => {
        // In the band: no pair below it and no pair above it.
        const expected = bands.filter(
          (b) =>
            !somePair(birth, on, (age) => age < b.from, true) &&
            !(b.until !== null && somePair(birth, on, (age) => age >= b.until!, false)),
        );
        expect(certainAgeBand(bands, birth, on)).toEqual(expected.length === 1 ? expected[0] : null);
      }),
      { numRuns: 300 },
    );
  });

  it('substitutes no date for an unknown departure date: a child who turned 18 last week may still be a minor', () => {
    const turned18 = { type: 'Datum' as const, datum: '2008-11-15' };
    const unknown = { type: 'DatumOnbekend' as const, onbekend: true as const };
    expect(mayBeMinorOnDeparture(turned18, unknown)).toBe(true);
    expect(mayBeUnder16OnDeparture({ type: 'Datum', datum: '2000-01-01' }, unknown)).toBe(true);
    expect(mayBeMinorOnDeparture(turned18, { type: 'Datum', datum: '2026-11-20' })).toBe(false);
    expect(ageBand(turned18, unknown)).toBe('onbekend');
  });

  it('applies the Hague limit of 16 and the age of majority at the birthday, 29 February on 1 March', () => {
    const born = { type: 'Datum' as const, datum: '2010-02-28' };
    expect(mayBeUnder16OnDeparture(born, { type: 'Datum', datum: '2026-02-27' })).toBe(true);
    expect(mayBeUnder16OnDeparture(born, { type: 'Datum', datum: '2026-02-28' })).toBe(false);
    // Departure in February 2026: the 27th is still possible.
    expect(mayBeUnder16OnDeparture(born, { type: 'JaarMaandDatum', jaar: 2026, maand: 2 })).toBe(true);
    const leap = { type: 'Datum' as const, datum: '2008-02-29' };
    expect(mayBeMinorOnDeparture(leap, { type: 'Datum', datum: '2026-02-28' })).toBe(true);
    expect(mayBeMinorOnDeparture(leap, { type: 'Datum', datum: '2026-03-01' })).toBe(false);
  });

  it('uses the published CIKO bands without gaps or overlaps', () => {
    for (let i = 1; i < AGE_BANDS.length; i++) expect(AGE_BANDS[i].from).toBe(AGE_BANDS[i - 1].until);
    expect(AGE_BANDS[0].from).toBe(0);
    expect(AGE_BANDS.at(-1)!.until).toBeNull();
  });
});
