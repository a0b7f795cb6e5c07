// The risk rules of contract §7, one behaviour per test.
import { describe, expect, it } from 'vitest';
import { assessRisk } from './assess.ts';
import type { RiskFacts } from './facts.ts';
import { compareLevels, maxLevel, stepLevel } from './level.ts';
import { RULESET } from './rules.ts';

/**
 * An applicable case with nothing remarkable: the other holder was not involved, the destination is a Convention
 * partner.
 */
const base: RiskFacts = {
  eligibility: 'van-toepassing',
  watchMarkingActive: false,
  destinationKnown: true,
  destinationHagueBound: true,
  childMayBeUnder16OnDeparture: true,
  departureBeforeRegistration: false,
  otherMinorsSameDeclarantWithin30Days: 0,
  otherHolderSameCountryWithin30Days: false,
  otherHolderReaction: null,
  departureDatePassed: false,
};
const level = (f: Partial<RiskFacts>) => assessRisk({ ...base, ...f }).niveau;
const rules = (f: Partial<RiskFacts>) => assessRisk({ ...base, ...f }).redenen.map((r) => r.regel);

describe('risk levels', () => {
  it('orders geen < laag < verhoogd < hoog < urgent', () => {
    expect(compareLevels('geen', 'laag')).toBeLessThan(0);
    expect(compareLevels('urgent', 'hoog')).toBeGreaterThan(0);
    expect(compareLevels('verhoogd', 'verhoogd')).toBe(0);
    expect(maxLevel('laag', 'hoog', 'verhoogd')).toBe('hoog');
  });
  it('clamps a step to the scale', () => {
    expect(stepLevel('hoog', 5)).toBe('urgent');
    expect(stepLevel('laag', -3)).toBe('geen');
    expect(stepLevel('laag', -3, 'laag')).toBe('laag');
  });
});

describe('base level', () => {
  it('starts at laag when another custody holder was not involved', () => expect(level({})).toBe('laag'));
  it('starts at laag when custody could not be determined, so a person checks it', () =>
    expect(level({ eligibility: 'handmatige-controle' })).toBe('laag'));
  it('is geen when the case does not apply', () => expect(level({ eligibility: 'niet-van-toepassing' })).toBe('geen'));
});

describe('aandachtsmarkering', () => {
  it('makes a marked child urgent', () => expect(level({ watchMarkingActive: true })).toBe('urgent'));
  it('makes a marked child urgent even when the case does not apply', () => {
    expect(level({ watchMarkingActive: true, eligibility: 'niet-van-toepassing' })).toBe('urgent');
    expect(rules({ watchMarkingActive: true, eligibility: 'niet-van-toepassing' })).toEqual(['aandachtsmarkering']);
  });
  it('is not lowered by the other holder leaving for the same country', () =>
    expect(level({ watchMarkingActive: true, otherHolderSameCountryWithin30Days: true })).toBe('urgent'));
});

describe('hkov-niet-van-toepassing', () => {
  it('raises a destination the Convention does not bind to NL to at least hoog', () =>
    expect(level({ destinationHagueBound: false })).toBe('hoog'));
  it('raises an unknown destination (land code 0000) to at least hoog', () => {
    expect(level({ destinationKnown: false, destinationHagueBound: false })).toBe('hoog');
    // Even if the shell wrongly flagged an unknown country as bound, the unknown destination alone suffices.
    expect(level({ destinationKnown: false })).toBe('hoog');
  });
  it('treats a child who is certainly 16 or older on departure as outside the Convention (Art. 4)', () =>
    expect(level({ childMayBeUnder16OnDeparture: false })).toBe('hoog'));
  it('applies to a custody-unknown case too', () =>
    expect(level({ eligibility: 'handmatige-controle', destinationHagueBound: false })).toBe('hoog'));
  it('does not apply when the case does not apply', () =>
    expect(level({ eligibility: 'niet-van-toepassing', destinationHagueBound: false, destinationKnown: false })).toBe(
      'geen',
    ));
  it('holds the floor against the mitigating fact', () =>
    expect(level({ destinationHagueBound: false, otherHolderSameCountryWithin30Days: true })).toBe('hoog'));
  it('explains which part of the legal criterion was met', () => {
    const why = (f: Partial<RiskFacts>) =>
      assessRisk({ ...base, ...f }).redenen.find((r) => r.regel === 'hkov-niet-van-toepassing')?.toelichting;
    expect(why({ destinationKnown: false, destinationHagueBound: false })).toMatch(/onbekend/);
    expect(why({ destinationHagueBound: false })).toMatch(/verdrag/i);
    expect(why({ childMayBeUnder16OnDeparture: false })).toMatch(/16/);
  });
});

describe('vertrek-voor-registratie', () => {
  it('goes one level up when the departure date lies before the registration', () =>
    expect(level({ departureBeforeRegistration: true })).toBe('verhoogd'));
  it('does not apply when the case does not apply', () =>
    expect(level({ eligibility: 'niet-van-toepassing', departureBeforeRegistration: true })).toBe('geen'));
});

describe('meerdere-minderjarigen-zelfde-aangever', () => {
  it('goes one level up when the declarant declared one other minor within 30 days', () =>
    expect(level({ otherMinorsSameDeclarantWithin30Days: 1 })).toBe('verhoogd'));
  it('goes only one level up however many other minors there are', () =>
    expect(level({ otherMinorsSameDeclarantWithin30Days: 4 })).toBe('verhoogd'));
  it('does not apply without other minors', () =>
    expect(rules({ otherMinorsSameDeclarantWithin30Days: 0 })).not.toContain('meerdere-minderjarigen-zelfde-aangever'));
});

describe('andere-gezaghouder-zelfde-land', () => {
  it('goes one level down, never below laag', () =>
    expect(level({ otherHolderSameCountryWithin30Days: true })).toBe('laag'));
  it('cancels one step up', () =>
    expect(level({ otherHolderSameCountryWithin30Days: true, departureBeforeRegistration: true })).toBe('laag'));
  it('leaves one of two steps up', () =>
    expect(
      level({
        otherHolderSameCountryWithin30Days: true,
        departureBeforeRegistration: true,
        otherMinorsSameDeclarantWithin30Days: 1,
      }),
    ).toBe('verhoogd'));
});

describe('combining rules', () => {
  it('adds both steps up', () =>
    expect(level({ departureBeforeRegistration: true, otherMinorsSameDeclarantWithin30Days: 2 })).toBe('hoog'));
  it('adds steps on top of the Hague floor, up to urgent', () => {
    expect(level({ destinationHagueBound: false, departureBeforeRegistration: true })).toBe('urgent');
    expect(
      level({
        destinationHagueBound: false,
        departureBeforeRegistration: true,
        otherMinorsSameDeclarantWithin30Days: 1,
      }),
    ).toBe('urgent');
  });
  it('counts the Hague floor once, however many parts of its criterion hold', () =>
    expect(level({ destinationKnown: false, destinationHagueBound: false, childMayBeUnder16OnDeparture: false })).toBe(
      'hoog',
    ));
});

describe('reasons', () => {
  it('names each rule that applied, base first, with the rule-set version', () => {
    const r = assessRisk({ ...base, departureBeforeRegistration: true });
    expect(r.redenen.map((x) => x.regel)).toEqual(['basis-gezaghouder-niet-betrokken', 'vertrek-voor-registratie']);
    expect(r.regelsetVersie).toBe(RULESET.versie);
  });
  it('gives no reasons when nothing applied', () =>
    expect(assessRisk({ ...base, eligibility: 'niet-van-toepassing' }).redenen).toEqual([]));
  it('lists every rule once when all apply, each with a Dutch explanation', () => {
    // An objection and an agreement exclude each other: together, these two cases make every rule apply.
    const all = {
      ...base,
      watchMarkingActive: true,
      destinationHagueBound: false,
      departureBeforeRegistration: true,
      otherMinorsSameDeclarantWithin30Days: 1,
      otherHolderSameCountryWithin30Days: true,
    };
    const objected = assessRisk({ ...all, otherHolderReaction: 'bezwaar', departureDatePassed: true });
    const agreed = assessRisk({ ...all, otherHolderReaction: 'akkoord' });
    for (const r of [objected, agreed]) expect(new Set(r.redenen.map((x) => x.regel)).size).toBe(r.redenen.length);
    const ids = new Set([...objected.redenen, ...agreed.redenen].map((x) => x.regel));
    expect([...ids].sort()).toEqual(RULESET.regels.map((x) => x.id).sort());
    for (const x of [...objected.redenen, ...agreed.redenen]) expect(x.toelichting.length).toBeGreaterThan(10);
  });
});
