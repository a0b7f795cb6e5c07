// Properties the published rules promise for every possible case, not just the examples in assess.test.ts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRisk } from './assess.ts';
import type { RiskFacts } from './facts.ts';
import { RISK_LEVELS, type RiskLevel, rank } from './level.ts';
import { decideRouting, ROUTING_TABLE } from './routing.ts';
import { RULESET } from './rules.ts';

const factsArb: fc.Arbitrary<RiskFacts> = fc.record({
  eligibility: fc.constantFrom('van-toepassing', 'handmatige-controle', 'niet-van-toepassing'),
  watchMarkingActive: fc.boolean(),
  destinationKnown: fc.boolean(),
  destinationHagueBound: fc.boolean(),
  childMayBeUnder16OnDeparture: fc.boolean(),
  departureBeforeRegistration: fc.boolean(),
  otherMinorsSameDeclarantWithin30Days: fc.nat({ max: 5 }),
  otherHolderSameCountryWithin30Days: fc.boolean(),
  otherHolderReaction: fc.constantFrom(null, 'akkoord', 'bezwaar'),
  departureDatePassed: fc.boolean(),
});

/** Each risk factor as a pair: switch it on, switch it off. */
const riskFactors: { name: string; on: (f: RiskFacts) => RiskFacts; off: (f: RiskFacts) => RiskFacts }[] = [
  {
    name: 'watch marking',
    on: (f) => ({ ...f, watchMarkingActive: true }),
    off: (f) => ({ ...f, watchMarkingActive: false }),
  },
  {
    name: 'unknown destination',
    on: (f) => ({ ...f, destinationKnown: false }),
    off: (f) => ({ ...f, destinationKnown: true }),
  },
  {
    name: 'destination not bound by the Convention',
    on: (f) => ({ ...f, destinationHagueBound: false }),
    off: (f) => ({ ...f, destinationHagueBound: true }),
  },
  {
    name: 'child 16 or older',
    on: (f) => ({ ...f, childMayBeUnder16OnDeparture: false }),
    off: (f) => ({ ...f, childMayBeUnder16OnDeparture: true }),
  },
  {
    name: 'departure before registration',
    on: (f) => ({ ...f, departureBeforeRegistration: true }),
    off: (f) => ({ ...f, departureBeforeRegistration: false }),
  },
  {
    name: 'the other holder objects',
    on: (f) => ({ ...f, otherHolderReaction: 'bezwaar' }),
    off: (f) => ({ ...f, otherHolderReaction: f.otherHolderReaction === 'bezwaar' ? null : f.otherHolderReaction }),
  },
  {
    name: 'the departure date passed',
    on: (f) => ({ ...f, departureDatePassed: true }),
    off: (f) => ({ ...f, departureDatePassed: false }),
  },
  {
    name: 'another minor by the same declarant',
    on: (f) => ({ ...f, otherMinorsSameDeclarantWithin30Days: f.otherMinorsSameDeclarantWithin30Days + 1 }),
    off: (f) => ({ ...f, otherMinorsSameDeclarantWithin30Days: 0 }),
  },
];
const factorArb = fc.constantFrom(...riskFactors);
const level = (f: RiskFacts) => rank(assessRisk(f).niveau);

/** Contract §7 written out independently of rules.ts and assess.ts, as the reference the implementation must match. */
function reference(f: RiskFacts): RiskLevel {
  const inScope = f.eligibility !== 'niet-van-toepassing';
  const objection = f.otherHolderReaction === 'bezwaar';
  const floors = [
    f.watchMarkingActive ? rank('urgent') : 0,
    inScope && (!f.destinationKnown || !f.destinationHagueBound || !f.childMayBeUnder16OnDeparture) ? rank('hoog') : 0,
    inScope && objection ? rank(f.departureDatePassed ? 'urgent' : 'hoog') : 0,
  ];
  if (!inScope) return RISK_LEVELS[Math.max(...floors)];
  const l0 = Math.max(rank('laag'), ...floors);
  const steps =
    (f.departureBeforeRegistration ? 1 : 0) +
    (f.otherMinorsSameDeclarantWithin30Days >= 1 ? 1 : 0) -
    (f.otherHolderSameCountryWithin30Days ? 1 : 0) -
    (f.otherHolderReaction === 'akkoord' ? 1 : 0);
  const l1 = Math.min(rank('urgent'), Math.max(rank('laag'), l0 + steps));
  return RISK_LEVELS[Math.max(l1, ...floors)];
}

describe('risk assessment properties', () => {
  it('matches contract §7 for every combination of facts', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        expect(assessRisk(f).niveau).toBe(reference(f));
      }),
      { numRuns: 3000 },
    );
  });

  it('never lowers the level when a risk factor is added', () => {
    fc.assert(
      fc.property(factsArb, factorArb, (f, factor) => {
        expect(level(factor.on(f)), factor.name).toBeGreaterThanOrEqual(level(f));
      }),
      { numRuns: 5000 },
    );
  });

  it('never raises the level when a risk factor is removed', () => {
    fc.assert(
      fc.property(factsArb, factorArb, (f, factor) => {
        expect(level(factor.off(f)), factor.name).toBeLessThanOrEqual(level(f));
      }),
      { numRuns: 5000 },
    );
  });

  it('never lets an agreeing answer lower a level below laag, nor below what a watch marking requires', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const agreed = assessRisk({ ...f, otherHolderReaction: 'akkoord' }).niveau;
        if (f.eligibility !== 'niet-van-toepassing') expect(rank(agreed)).toBeGreaterThanOrEqual(rank('laag'));
        if (f.watchMarkingActive) expect(agreed).toBe('urgent');
        expect(rank(agreed)).toBeLessThanOrEqual(rank(assessRisk({ ...f, otherHolderReaction: null }).niveau));
      }),
      { numRuns: 3000 },
    );
  });

  it('raises an objection to at least hoog, and to urgent once the departure date has passed', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        if (f.eligibility === 'niet-van-toepassing') return;
        expect(
          rank(assessRisk({ ...f, otherHolderReaction: 'bezwaar', departureDatePassed: false }).niveau),
        ).toBeGreaterThanOrEqual(rank('hoog'));
        expect(assessRisk({ ...f, otherHolderReaction: 'bezwaar', departureDatePassed: true }).niveau).toBe('urgent');
      }),
      { numRuns: 2000 },
    );
  });

  it('never raises the level when the mitigating fact is added', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        expect(level({ ...f, otherHolderSameCountryWithin30Days: true })).toBeLessThanOrEqual(
          level({ ...f, otherHolderSameCountryWithin30Days: false }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('makes every marked child urgent', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        expect(assessRisk({ ...f, watchMarkingActive: true }).niveau).toBe('urgent');
      }),
      { numRuns: 2000 },
    );
  });

  it('puts every in-scope case without Convention protection at hoog or above', () => {
    const inScope = factsArb.filter((f) => f.eligibility !== 'niet-van-toepassing');
    const unprotected = fc.constantFrom<(f: RiskFacts) => RiskFacts>(
      (f) => ({ ...f, destinationKnown: false }),
      (f) => ({ ...f, destinationHagueBound: false }),
      (f) => ({ ...f, childMayBeUnder16OnDeparture: false }),
    );
    fc.assert(
      fc.property(inScope, unprotected, (f, make) => {
        expect(level(make(f))).toBeGreaterThanOrEqual(rank('hoog'));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps an in-scope case at laag or above, and an out-of-scope unmarked case at geen', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        if (f.eligibility !== 'niet-van-toepassing') expect(level(f)).toBeGreaterThanOrEqual(rank('laag'));
        else if (!f.watchMarkingActive) expect(assessRisk(f).niveau).toBe('geen');
      }),
      { numRuns: 2000 },
    );
  });

  it('gives only reasons that name a published rule, each once, with the rule-set version', () => {
    const ids = new Set(RULESET.regels.map((r) => r.id));
    fc.assert(
      fc.property(factsArb, (f) => {
        const a = assessRisk(f);
        const named = a.redenen.map((r) => r.regel);
        for (const id of named) expect(ids.has(id)).toBe(true);
        expect(new Set(named).size).toBe(named.length);
        expect(a.regelsetVersie).toBe(RULESET.versie);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a reason whenever the level is above geen', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const a = assessRisk(f);
        if (a.niveau !== 'geen') expect(a.redenen.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('is pure: the same facts give the same answer and are not changed', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const copy = structuredClone(f);
        expect(assessRisk(f)).toEqual(assessRisk(copy));
        expect(f).toEqual(copy);
      }),
      { numRuns: 500 },
    );
  });
});

describe('routing', () => {
  it('routes every level as the contract says', () => {
    expect(decideRouting('geen')).toEqual([]);
    expect(decideRouting('laag')).toEqual([]);
    expect(decideRouting('verhoogd')).toEqual(['ciko']);
    expect([...decideRouting('hoog')].sort()).toEqual(['ciko', 'rvdk-iko']);
    expect([...decideRouting('urgent')].sort()).toEqual(['ca-ika', 'ciko', 'rvdk-iko']);
  });

  it('reaches every recipient of a lower level at a higher one', () => {
    const levels = fc.constantFrom(...RISK_LEVELS);
    fc.assert(
      fc.property(levels, levels, (a, b) => {
        if (rank(a) <= rank(b)) for (const r of decideRouting(a)) expect(decideRouting(b)).toContain(r);
      }),
    );
  });

  it('hands out copies, so a caller cannot change the published table', () => {
    decideRouting('hoog').push('ca-ika');
    expect(decideRouting('hoog')).not.toContain('ca-ika');
    expect(Object.isFrozen(ROUTING_TABLE) && Object.isFrozen(ROUTING_TABLE.urgent)).toBe(true);
  });
});
