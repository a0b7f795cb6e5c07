// Least data per recipient: CIKO gets a pattern signal that points at no one; RvdK IKO and Ca IKA get what they need
// to act.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbstractDatum } from '../date.ts';
import { ageBand, type SignalCaseFacts, signalView } from './views.ts';

const bsn = fc.constantFrom('999990378', '999990007', '999990020', '999990512', '999998870', '000000012');
const isoDate = fc
  .date({ min: new Date('2005-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const abstractDatum: fc.Arbitrary<AbstractDatum> = fc.oneof(
  { weight: 4, arbitrary: isoDate.map((datum) => ({ type: 'Datum' as const, datum, langFormaat: `dag ${datum}` })) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('JaarMaandDatum' as const),
      jaar: fc.integer({ min: 2005, max: 2030 }),
      maand: fc.integer({ min: 1, max: 12 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('JaarDatum' as const), jaar: fc.integer({ min: 2005, max: 2030 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'DatumOnbekend' as const, onbekend: true as const }) },
);
const name = fc.constantFrom('Lieke Jansen', 'Anna Jansen', 'Xena de Wit', 'Mohammed El Amrani', 'Zoë van der Berg');
const place = (codes: string[]) =>
  fc.record(
    {
      code: fc.constantFrom(...codes),
      omschrijving: fc.option(fc.constantFrom('België', 'Onbekend', 'Amsterdam'), { nil: undefined }),
    },
    { requiredKeys: ['code'] },
  );
const reasons = fc.subarray([
  { regel: 'basis-gezaghouder-niet-betrokken', toelichting: 'Een gezaghouder was niet bij de aangifte betrokken.' },
  { regel: 'hkov-niet-van-toepassing', toelichting: 'Het land van bestemming is onbekend.' },
  {
    regel: 'meerdere-minderjarigen-zelfde-aangever',
    toelichting: 'Dezelfde aangever meldde binnen 30 dagen 2 ander(e) minderjarige(n) af.',
  },
]);
const FOREIGN_ADDRESS = 'Rue Haute 12, 1000 Bruxelles';

/** Case facts as the shell might hand them over, including a foreign address that no view may pass on. */
const factsArb: fc.Arbitrary<SignalCaseFacts> = fc
  .record({
    caseId: fc.uuid(),
    signalId: fc.uuid(),
    level: fc.constantFrom('verhoogd' as const, 'hoog' as const, 'urgent' as const),
    redenen: reasons,
    regelsetVersie: fc.constant('2026-11.1'),
    child: fc.record(
      {
        burgerservicenummer: bsn,
        naam: fc.option(name, { nil: undefined }),
        geboortedatum: fc.option(abstractDatum, { nil: undefined }),
      },
      { requiredKeys: ['burgerservicenummer'] },
    ),
    departure: fc
      .record({ datum: abstractDatum, land: place(['5010', '0000', '6014']), gemeente: place(['0363', '0599']) })
      .map((d) => ({ ...d, adres: FOREIGN_ADDRESS })),
    custody: fc.record({
      type: fc.constantFrom('GezamenlijkOuderlijkGezag', 'onbekend'),
      gezaghouders: fc.array(fc.record({ burgerservicenummer: bsn, naam: name }), { maxLength: 2 }),
    }),
    declarant: fc.option(fc.record({ burgerservicenummer: bsn }), { nil: undefined }),
    createdAt: fc.constant('2026-11-23T09:00:00Z'),
  })
  // The signal id is CIKO's handle and may be shown; it must not coincide with what may not (generated uuids can
  // repeat).
  .filter(
    (f) =>
      f.signalId !== f.caseId &&
      ![
        f.child.burgerservicenummer,
        f.declarant?.burgerservicenummer,
        ...f.custody.gezaghouders.map((h) => h.burgerservicenummer),
      ].some((b) => b && f.signalId.includes(b)),
  );

/** A single known case, for examples. */
const fixed: SignalCaseFacts = {
  caseId: 'c1',
  signalId: 's1',
  level: 'hoog',
  redenen: [],
  regelsetVersie: '2026-11.1',
  child: { burgerservicenummer: '999990019' },
  departure: { datum: { type: 'Datum', datum: '2026-12-01' }, land: { code: '5010' }, gemeente: { code: '0363' } },
  custody: { type: 'GezamenlijkOuderlijkGezag', gezaghouders: [] },
  createdAt: '2026-11-23T09:00:00Z',
};

/** Every key and every leaf value of a view, with its path. */
function walk(value: unknown, path = ''): { path: string; text: string }[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [{ path: `${path}.${k}`, text: k }, ...walk(v, `${path}.${k}`)]);
  }
  return [{ path, text: String(value) }];
}

describe('CIKO view', () => {
  it('holds no BSN, name, address, exact birth date or case id in any field', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const names = [f.child.naam, ...f.custody.gezaghouders.map((h) => h.naam)].filter((n): n is string => !!n);
        const birth = f.child.geboortedatum;
        const bsns = [
          f.child.burgerservicenummer,
          f.declarant?.burgerservicenummer,
          ...f.custody.gezaghouders.map((h) => h.burgerservicenummer),
        ].filter((n): n is string => !!n);
        for (const { path, text } of walk(signalView('ciko', f))) {
          // A BSN as a token of its own (a uuid may hold nine digits in a row), and none of this case's BSNs anywhere.
          expect(text, path).not.toMatch(/(?<![\w-])\d{9}(?![\w-])/);
          for (const n of bsns) expect(text, path).not.toContain(n);
          for (const n of names)
            for (const part of n.split(' ').filter((p) => p.length > 3)) expect(text, path).not.toContain(part);
          expect(text, path).not.toMatch(/\d{4}-\d{2}-\d{2}/);
          if (birth?.langFormaat) expect(text, path).not.toContain(birth.langFormaat);
          expect(text, path).not.toContain(f.caseId);
          expect(text, path).not.toContain('Rue Haute');
          expect(path).not.toMatch(/adres|naam|burgerservicenummer|geboortedatum|aangever|gezag|vertrekmelding/i);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('identifies the signal by its signal id only and carries just the pattern fields', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const v = signalView('ciko', f);
        expect(v.signaal).toBe(f.signalId);
        expect(Object.keys(v).sort()).toEqual([
          'bestemming',
          'gemeente',
          'leeftijdscategorie',
          'niveau',
          'redenen',
          'regelsetVersie',
          'signaal',
          'vertrekmaand',
        ]);
        expect(v.bestemming.code).toBe(f.departure.land.code);
        expect(v.bestemming.omschrijving).toBe(f.departure.land.omschrijving);
        expect(v.gemeente).toEqual({ code: f.departure.gemeente.code });
        expect(v.niveau).toBe(f.level);
        expect(v.redenen).toEqual(f.redenen);
        expect(v.regelsetVersie).toBe(f.regelsetVersie);
        expect(['0-3', '4-7', '8-11', '12-15', '16-17', '18+', 'onbekend']).toContain(v.leeftijdscategorie);
        if (v.vertrekmaand !== null) expect(v.vertrekmaand).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the departure month, or null when the departure date has none', () => {
    const f = (datum: AbstractDatum) =>
      signalView('ciko', { ...fixed, departure: { ...fixed.departure, datum } }).vertrekmaand;
    expect(f({ type: 'Datum', datum: '2026-12-01' })).toBe('2026-12');
    expect(f({ type: 'JaarMaandDatum', jaar: 2026, maand: 3 })).toBe('2026-03');
    expect(f({ type: 'JaarDatum', jaar: 2026 })).toBeNull();
    expect(f({ type: 'DatumOnbekend' })).toBeNull();
  });
});

describe('RvdK IKO and Ca IKA view', () => {
  it('gives the case facts they need to act', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom('rvdk-iko' as const, 'ca-ika' as const), (f, r) => {
        const v = signalView(r, f);
        expect(v.signaal).toBe(f.signalId);
        expect(v.vertrekmelding).toBe(f.caseId);
        expect(v.kind.burgerservicenummer).toBe(f.child.burgerservicenummer);
        expect(v.kind.naam).toBe(f.child.naam);
        expect(v.kind.geboortedatum).toEqual(f.child.geboortedatum);
        expect(v.vertrek.datum).toEqual(f.departure.datum);
        expect(v.vertrek.land).toEqual(f.departure.land);
        expect(v.vertrek.gemeente.code).toBe(f.departure.gemeente.code);
        expect(v.gezag.type).toBe(f.custody.type);
        expect(v.gezag.gezaghouders).toEqual(f.custody.gezaghouders);
        expect(v.aangever?.burgerservicenummer).toBe(f.declarant?.burgerservicenummer);
        expect(v.niveau).toBe(f.level);
        expect(v.redenen).toEqual(f.redenen);
        expect(v.regelsetVersie).toBe(f.regelsetVersie);
      }),
      { numRuns: 500 },
    );
  });

  it('never passes on the foreign address, even when the shell hands one over', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom('rvdk-iko' as const, 'ca-ika' as const), (f, r) => {
        for (const { path, text } of walk(signalView(r, f))) {
          expect(path).not.toMatch(/adres/i);
          expect(text, path).not.toContain('Rue Haute');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('age band', () => {
  const day = (datum: string): AbstractDatum => ({ type: 'Datum', datum });
  it('places a child by age on the departure date', () => {
    expect(ageBand(day('2024-03-01'), day('2026-12-01'))).toBe('0-3');
    expect(ageBand(day('2022-01-01'), day('2026-12-01'))).toBe('4-7');
    expect(ageBand(day('2016-05-05'), day('2026-12-01'))).toBe('8-11');
    expect(ageBand(day('2010-06-15'), day('2026-06-14'))).toBe('12-15');
    expect(ageBand(day('2010-06-15'), day('2026-06-15'))).toBe('16-17');
    expect(ageBand(day('2005-01-01'), day('2026-06-15'))).toBe('18+');
  });
  it('counts a 29 February birthday as reached on 1 March in a common year', () => {
    expect(ageBand(day('2008-02-29'), day('2026-02-28'))).toBe('16-17');
    expect(ageBand(day('2008-02-29'), day('2026-03-01'))).toBe('18+');
  });
  it('gives a band for a partial date only when every possible day falls in it', () => {
    expect(ageBand({ type: 'JaarDatum', jaar: 2012 }, { type: 'JaarMaandDatum', jaar: 2026, maand: 12 })).toBe('12-15');
    expect(ageBand({ type: 'JaarDatum', jaar: 2010 }, day('2026-06-01'))).toBe('onbekend');
  });
  it('is onbekend when the birth or departure date is unknown', () => {
    expect(ageBand(undefined, day('2026-06-01'))).toBe('onbekend');
    expect(ageBand({ type: 'DatumOnbekend' }, day('2026-06-01'))).toBe('onbekend');
    expect(ageBand(day('2015-01-01'), { type: 'DatumOnbekend' })).toBe('onbekend');
  });
  it('never contradicts the band of an exact birth date within a partial one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2005, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        isoDate,
        (jaar, maand, d, dep) => {
          const exact = ageBand(
            day(`${jaar}-${String(maand).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
            day(dep),
          );
          for (const partial of [
            ageBand({ type: 'JaarMaandDatum', jaar, maand }, day(dep)),
            ageBand({ type: 'JaarDatum', jaar }, day(dep)),
          ]) {
            expect([exact, 'onbekend']).toContain(partial);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
