import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessRisk } from './assess.ts';
import type { RiskFacts } from './facts.ts';
import { rank, RISK_LEVELS } from './level.ts';
import { RULESET } from './rules.ts';
import { decideRouting } from './routing.ts';

const facts: fc.Arbitrary<RiskFacts> = fc.record({
  eligibility: fc.constantFrom('van-toepassing', 'handmatige-controle', 'niet-van-toepassing'),
  watchMarkingActive: fc.boolean(),
  destinationKnown: fc.boolean(),
  destinationHagueBound: fc.boolean(),
  childMayBeUnder16OnDeparture: fc.boolean(),
  departureBeforeRegistration: fc.boolean(),
  otherMinorsSameDeclarantWithin30Days: fc.nat({ max: 5 }),
  otherHolderSameCountryWithin30Days: fc.boolean(),
});

/** Each risk factor, as a way to switch it on. */
const addFactor: ((f: RiskFacts) => RiskFacts)[] = [
  (f) => ({ ...f, watchMarkingActive: true }),
  (f) => ({ ...f, destinationKnown: false }),
  (f) => ({ ...f, destinationHagueBound: false }),
  (f) => ({ ...f, childMayBeUnder16OnDeparture: false }),
  (f) => ({ ...f, departureBeforeRegistration: true }),
  (f) => ({ ...f, otherMinorsSameDeclarantWithin30Days: f.otherMinorsSameDeclarantWithin30Days + 1 }),
];
const level = (f: RiskFacts) => rank(assessRisk(f).niveau);

describe('risk assessment properties', () => {
  it('never lowers the level when a risk factor is added, never raises it when one is removed', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: addFactor.length - 1 }), (f, i) => {
        const more = addFactor[i](f);
        expect(level(more)).toBeGreaterThanOrEqual(level(f));
      }),
      { numRuns: 5000 },
    );
  });

  it('never raises the level when the mitigating fact is added', () => {
    fc.assert(fc.property(facts, (f) => {
      expect(level({ ...f, otherHolderSameCountryWithin30Days: true })).toBeLessThanOrEqual(level({ ...f, otherHolderSameCountryWithin30Days: false }));
    }), { numRuns: 3000 });
  });

  it('keeps the floors: a marking is urgent; no Convention protection in scope is at least hoog', () => {
    fc.assert(fc.property(facts, (f) => {
      if (f.watchMarkingActive) expect(assessRisk(f).niveau).toBe('urgent');
      if (f.eligibility !== 'niet-van-toepassing' && (!f.destinationKnown || !f.destinationHagueBound || !f.childMayBeUnder16OnDeparture)) expect(level(f)).toBeGreaterThanOrEqual(rank('hoog'));
    }), { numRuns: 3000 });
  });

  it('gives only reasons that name a published rule', () => {
    const ids = new Set(RULESET.regels.map((r) => r.id));
    fc.assert(fc.property(facts, (f) => {
      for (const r of assessRisk(f).redenen) expect(ids.has(r.regel)).toBe(true);
    }));
  });

  it('routes every level as the contract says, more recipients for every higher level', () => {
    expect(decideRouting('geen')).toEqual([]);
    expect(decideRouting('laag')).toEqual([]);
    expect(decideRouting('verhoogd')).toEqual(['ciko']);
    expect(decideRouting('hoog').sort()).toEqual(['ciko', 'rvdk-iko']);
    expect(decideRouting('urgent').sort()).toEqual(['ca-ika', 'ciko', 'rvdk-iko']);
    fc.assert(fc.property(fc.constantFrom(...RISK_LEVELS), fc.constantFrom(...RISK_LEVELS), (a, b) => {
      if (rank(a) <= rank(b)) for (const r of decideRouting(a)) expect(decideRouting(b)).toContain(r);
    }));
  });
});
