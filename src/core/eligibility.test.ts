import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Custody } from './custody.ts';
import { assessEligibility, type EligibilityInput } from './eligibility.ts';

const A = '999991905';
const B = '999992090';
const C = '999998870';
const joint: Custody = {
  kind: 'held',
  type: 'GezamenlijkOuderlijkGezag',
  holders: [{ burgerservicenummer: A }, { burgerservicenummer: B }],
};
const base: EligibilityInput = {
  childFound: true,
  birthDate: { type: 'Datum', datum: '2015-05-05' },
  departureDate: { type: 'Datum', datum: '2026-12-15' },
  registrationDate: '2026-11-20',
  custody: joint,
  declaration: { declarantBsn: A, coSignerBsns: [], writtenConsent: false },
};

describe('assessEligibility', () => {
  it('applies to joint custody declared by one parent, and names the other', () => {
    expect(assessEligibility(base)).toEqual({
      outcome: 'van-toepassing',
      reason: 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken',
      recipients: [{ burgerservicenummer: B, naam: undefined }],
    });
  });

  it('does not apply when the other parent co-signed in person', () => {
    expect(
      assessEligibility({ ...base, declaration: { declarantBsn: A, coSignerBsns: [B], writtenConsent: false } }),
    ).toMatchObject({ outcome: 'niet-van-toepassing', reason: 'alle-gezaghouders-betrokken' });
  });

  it('still applies with only a written consent: a consent is not a co-signature', () => {
    expect(
      assessEligibility({ ...base, declaration: { declarantBsn: A, coSignerBsns: [], writtenConsent: true } }).outcome,
    ).toBe('van-toepassing');
  });

  it('tells both holders when the declarant is unknown or is neither of them', () => {
    expect(
      assessEligibility({ ...base, declaration: { coSignerBsns: [], writtenConsent: false } }).recipients,
    ).toHaveLength(2);
    expect(
      assessEligibility({ ...base, declaration: { declarantBsn: C, coSignerBsns: [], writtenConsent: false } })
        .recipients,
    ).toHaveLength(2);
  });

  it('does not apply to sole custody or a single guardian', () => {
    expect(
      assessEligibility({
        ...base,
        custody: { kind: 'held', type: 'EenhoofdigOuderlijkGezag', holders: [{ burgerservicenummer: A }] },
      }),
    ).toMatchObject({ outcome: 'niet-van-toepassing', reason: 'geen-gezamenlijk-gezag' });
  });

  it('sends unknown custody and a missing child to manual checking', () => {
    expect(
      assessEligibility({
        ...base,
        custody: { kind: 'unknown', type: 'GezagNietTeBepalen', reason: 'gezag-onbekend' },
      }),
    ).toMatchObject({ outcome: 'handmatige-controle', reason: 'gezag-onbekend' });
    expect(
      assessEligibility({
        ...base,
        custody: { kind: 'unknown', type: 'GezamenlijkOuderlijkGezag', reason: 'gezag-in-onderzoek' },
      }),
    ).toMatchObject({ outcome: 'handmatige-controle', reason: 'gezag-in-onderzoek' });
    expect(assessEligibility({ ...base, childFound: false })).toMatchObject({
      outcome: 'handmatige-controle',
      reason: 'kind-niet-gevonden',
    });
  });

  it('does not apply to a 17-year-old who is 18 by the departure date', () => {
    expect(
      assessEligibility({
        ...base,
        birthDate: { type: 'Datum', datum: '2008-12-01' },
        departureDate: { type: 'Datum', datum: '2026-12-15' },
      }),
    ).toMatchObject({ outcome: 'niet-van-toepassing', reason: 'meerderjarig-op-vertrekdatum' });
    expect(
      assessEligibility({
        ...base,
        birthDate: { type: 'Datum', datum: '2008-12-16' },
        departureDate: { type: 'Datum', datum: '2026-12-15' },
      }).outcome,
    ).toBe('van-toepassing');
  });

  it('treats a child whose incomplete birth date allows minority as a minor', () => {
    expect(
      assessEligibility({
        ...base,
        birthDate: { type: 'JaarDatum', jaar: 2008 },
        departureDate: { type: 'Datum', datum: '2026-06-01' },
      }).outcome,
    ).toBe('van-toepassing');
    expect(assessEligibility({ ...base, birthDate: { type: 'DatumOnbekend' } }).outcome).toBe('van-toepassing');
    expect(
      assessEligibility({
        ...base,
        birthDate: { type: 'JaarMaandDatum', jaar: 2008, maand: 11 },
        departureDate: { type: 'Datum', datum: '2026-11-15' },
      }).outcome,
    ).toBe('van-toepassing');
  });

  it(
    'substitutes no date for an unknown departure date: ' + 'who may be a minor on any possible day is treated as one',
    () => {
      const unknown = { type: 'DatumOnbekend' as const, onbekend: true as const };
      // Turned 18 five days before the departure was registered: the departure may have been earlier.
      expect(
        assessEligibility({
          ...base,
          birthDate: { type: 'Datum', datum: '2008-11-15' },
          departureDate: unknown,
          registrationDate: '2026-11-20',
        }).outcome,
      ).toBe('van-toepassing');
      // A year-only departure that certainly falls after the 18th birthday still does not apply.
      expect(
        assessEligibility({
          ...base,
          birthDate: { type: 'Datum', datum: '2007-12-31' },
          departureDate: { type: 'JaarDatum', jaar: 2026 },
        }),
      ).toMatchObject({ reason: 'meerderjarig-op-vertrekdatum' });
      expect(
        assessEligibility({
          ...base,
          birthDate: { type: 'Datum', datum: '2008-01-02' },
          departureDate: { type: 'JaarDatum', jaar: 2026 },
        }).outcome,
      ).toBe('van-toepassing');
    },
  );

  const bsn = fc.constantFrom(A, B, C, '999990342', '999998882');
  const input = fc.record({
    holders: fc.uniqueArray(bsn, { minLength: 0, maxLength: 3 }),
    declarant: fc.option(bsn, { nil: undefined }),
    coSigners: fc.uniqueArray(bsn, { maxLength: 3 }),
    consent: fc.boolean(),
    custodyKnown: fc.boolean(),
  });

  it('never notifies the declarant or a co-signer, and only notifies custody holders', () => {
    fc.assert(
      fc.property(input, (x) => {
        const custody: Custody = x.custodyKnown
          ? {
              kind: 'held',
              type: 'GezamenlijkOuderlijkGezag',
              holders: x.holders.map((b) => ({ burgerservicenummer: b })),
            }
          : { kind: 'unknown', type: null, reason: 'gezag-onbekend' };
        const r = assessEligibility({
          ...base,
          custody,
          declaration: { declarantBsn: x.declarant, coSignerBsns: x.coSigners, writtenConsent: x.consent },
        });
        for (const rec of r.recipients) {
          expect(rec.burgerservicenummer).not.toBe(x.declarant);
          expect(x.coSigners).not.toContain(rec.burgerservicenummer);
          expect(x.holders).toContain(rec.burgerservicenummer);
        }
        if (!x.custodyKnown) expect(r.outcome).toBe('handmatige-controle');
        if (r.outcome === 'van-toepassing') expect(x.holders).toHaveLength(2);
        // A written consent never changes the decision.
        const flipped = assessEligibility({
          ...base,
          custody,
          declaration: { declarantBsn: x.declarant, coSignerBsns: x.coSigners, writtenConsent: !x.consent },
        });
        expect(flipped).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });
});
