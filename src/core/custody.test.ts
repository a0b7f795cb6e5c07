import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childCustodyInvestigated, holderInvestigated, interpretCustody } from './custody.ts';

const child = { burgerservicenummer: '999990019' };
const parent = (bsn: string) => ({ burgerservicenummer: bsn, naam: { volledigeNaam: 'X' } });

describe('interpretCustody', () => {
  it('reads joint parental custody under its v2 name and its v1 name alike', () => {
    for (const type of ['GezamenlijkOuderlijkGezag', 'TweehoofdigOuderlijkGezag']) {
      const c = interpretCustody(
        [{ type, minderjarige: child, ouders: [parent('999991905'), parent('999992090')] }],
        child.burgerservicenummer,
      );
      expect(c).toMatchObject({ kind: 'held', type: 'GezamenlijkOuderlijkGezag' });
      expect(c.kind === 'held' && c.holders.map((h) => h.burgerservicenummer)).toEqual(['999991905', '999992090']);
    }
  });

  it('treats GezagNietTeBepalen and TijdelijkGeenGezag as unknown, never as no joint custody', () => {
    for (const type of ['GezagNietTeBepalen', 'TijdelijkGeenGezag']) {
      expect(interpretCustody([{ type, minderjarige: child, toelichting: 'x' }], child.burgerservicenummer)).toEqual({
        kind: 'unknown',
        type,
        reason: 'gezag-onbekend',
      });
    }
  });

  it('treats custody under investigation (inOnderzoek) as unknown', () => {
    const c = interpretCustody(
      [
        {
          type: 'GezamenlijkOuderlijkGezag',
          inOnderzoek: true,
          minderjarige: child,
          ouders: [parent('999991905'), parent('999992090')],
        },
      ],
      child.burgerservicenummer,
    );
    expect(c).toEqual({ kind: 'unknown', type: 'GezamenlijkOuderlijkGezag', reason: 'gezag-in-onderzoek' });
  });

  it('keeps a parent with a third party as two holders, an unknown third party without BSN', () => {
    const known = interpretCustody(
      [
        {
          type: 'GezamenlijkGezag',
          minderjarige: child,
          ouder: parent('999991905'),
          derde: { type: 'BekendeDerde', ...parent('999992090') },
        },
      ],
      child.burgerservicenummer,
    );
    expect(known.kind === 'held' && known.holders.length).toBe(2);
    const unknown = interpretCustody(
      [
        {
          type: 'GezamenlijkGezag',
          minderjarige: child,
          ouder: parent('999991905'),
          derde: { type: 'OnbekendeDerde' },
        },
      ],
      child.burgerservicenummer,
    );
    expect(unknown.kind === 'held' && unknown.holders[1].burgerservicenummer).toBeUndefined();
  });

  it('reads sole custody and guardianship', () => {
    expect(
      interpretCustody(
        [{ type: 'EenhoofdigOuderlijkGezag', minderjarige: child, ouder: parent('999991905') }],
        child.burgerservicenummer,
      ),
    ).toMatchObject({ kind: 'held', holders: [{ burgerservicenummer: '999991905' }] });
    expect(
      interpretCustody([{ type: 'Voogdij', minderjarige: child, derden: [] }], child.burgerservicenummer),
    ).toMatchObject({ kind: 'held', holders: [] });
  });

  it('answers unknown without a relation for this child, with several, or with an unknown type', () => {
    expect(interpretCustody(undefined, child.burgerservicenummer).kind).toBe('unknown');
    expect(
      interpretCustody(
        [{ type: 'EenhoofdigOuderlijkGezag', minderjarige: { burgerservicenummer: '999998870' }, ouder: parent('1') }],
        child.burgerservicenummer,
      ).kind,
    ).toBe('unknown');
    expect(interpretCustody([{ type: 'NieuwSoortGezag', minderjarige: child }], child.burgerservicenummer).kind).toBe(
      'unknown',
    );
    const two = [
      { type: 'EenhoofdigOuderlijkGezag', minderjarige: child, ouder: parent('999991905') },
      { type: 'EenhoofdigOuderlijkGezag', minderjarige: child, ouder: parent('999992090') },
    ];
    expect(interpretCustody(two, child.burgerservicenummer).kind).toBe('unknown');
  });
});

describe('interpretCustody with investigations on person records (contract §3 v2)', () => {
  const joint = [
    { type: 'GezamenlijkOuderlijkGezag', minderjarige: child, ouders: [parent('999991905'), parent('999992090')] },
  ];
  const investigated = { datumIngangOnderzoekGezag: { type: 'Datum' as const, datum: '2026-10-01' } };

  it("treats the child's indicatieGezagMinderjarige under investigation as unknown custody", () => {
    expect(interpretCustody(joint, child.burgerservicenummer, { child: { indicatieGezagMinderjarige: true } })).toEqual(
      { kind: 'unknown', type: 'GezamenlijkOuderlijkGezag', reason: 'gezag-in-onderzoek' },
    );
    expect(interpretCustody(joint, child.burgerservicenummer, { child: investigated }).kind).toBe('unknown');
    // Even without a relation the reason is the investigation, not a missing answer.
    expect(interpretCustody(undefined, child.burgerservicenummer, { child: investigated })).toEqual({
      kind: 'unknown',
      type: null,
      reason: 'gezag-in-onderzoek',
    });
  });

  it('ignores investigations of data that say nothing about custody', () => {
    const other = {
      geslacht: true,
      gemeenteVanInschrijving: true,
      datumIngangOnderzoekGemeente: { type: 'JaarDatum' as const, jaar: 2026 },
    };
    expect(interpretCustody(joint, child.burgerservicenummer, { child: other }).kind).toBe('held');
    expect(interpretCustody(joint, child.burgerservicenummer, { holders: new Map([['999992090', other]]) }).kind).toBe(
      'held',
    );
  });

  it('treats a holder whose identity, age, curatele or custody data are under investigation as unknown custody', () => {
    for (const marker of [
      { burgerservicenummer: true },
      { leeftijd: true },
      { indicatieCurateleRegister: true },
      investigated,
    ]) {
      const c = interpretCustody(joint, child.burgerservicenummer, { holders: new Map([['999992090', marker]]) });
      expect(c, JSON.stringify(marker)).toEqual({
        kind: 'unknown',
        type: 'GezamenlijkOuderlijkGezag',
        reason: 'gezag-in-onderzoek',
      });
    }
  });

  it('looks only at the holders of this relation', () => {
    const c = interpretCustody(joint, child.burgerservicenummer, {
      holders: new Map([['999998870', { burgerservicenummer: true }]]),
    });
    expect(c.kind).toBe('held');
  });

  const marker = fc.record(
    {
      burgerservicenummer: fc.boolean(),
      geslacht: fc.boolean(),
      leeftijd: fc.boolean(),
      gemeenteVanInschrijving: fc.boolean(),
      indicatieCurateleRegister: fc.boolean(),
      indicatieGezagMinderjarige: fc.boolean(),
      datumIngangOnderzoekGezag: fc.constant({ type: 'DatumOnbekend' as const, onbekend: true as const }),
    },
    { requiredKeys: [] },
  );
  const relationType = fc.constantFrom(
    'GezamenlijkOuderlijkGezag',
    'TweehoofdigOuderlijkGezag',
    'EenhoofdigOuderlijkGezag',
    'GezamenlijkGezag',
    'Voogdij',
    'GezagNietTeBepalen',
  );

  it('only ever turns known custody into unknown, and never holds custody anyone is investigating', () => {
    fc.assert(
      fc.property(
        relationType,
        fc.boolean(),
        fc.option(marker, { nil: undefined }),
        fc.option(marker, { nil: undefined }),
        fc.option(marker, { nil: undefined }),
        (type, onRelation, onChild, onA, onB) => {
          const rel = {
            type,
            minderjarige: child,
            ...(onRelation ? { inOnderzoek: true } : {}),
            ouders: [parent('999991905'), parent('999992090')],
            ouder: parent('999991905'),
            derde: { type: 'BekendeDerde', ...parent('999992090') },
            derden: [{ type: 'BekendeDerde', ...parent('999992090') }],
            toelichting: 'x',
          };
          const holders = new Map([
            ['999991905', onA],
            ['999992090', onB],
          ]);
          const plain = interpretCustody([rel], child.burgerservicenummer);
          const result = interpretCustody([rel], child.burgerservicenummer, { child: onChild, holders });
          if (result.kind === 'held') {
            expect(result).toEqual(plain);
            expect(childCustodyInvestigated(onChild)).toBe(false);
            for (const h of result.holders) expect(holderInvestigated(holders.get(h.burgerservicenummer!))).toBe(false);
          }
          if (plain.kind === 'unknown') expect(result.kind).toBe('unknown');
          const anyMarker =
            onRelation ||
            childCustodyInvestigated(onChild) ||
            (plain.kind === 'held' &&
              plain.holders.some((h) => holderInvestigated(holders.get(h.burgerservicenummer!))));
          if (anyMarker) expect(result).toMatchObject({ kind: 'unknown', reason: 'gezag-in-onderzoek' });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
