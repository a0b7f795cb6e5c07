import { describe, expect, it } from 'vitest';
import { assessRisk } from './assess.ts';
import type { RiskFacts } from './facts.ts';

const base: RiskFacts = {
  eligibility: 'van-toepassing', watchMarkingActive: false, destinationKnown: true, destinationHagueBound: true, childMayBeUnder16OnDeparture: true,
  departureBeforeRegistration: false, otherMinorsSameDeclarantWithin30Days: 0, otherHolderSameCountryWithin30Days: false,
};
const level = (f: Partial<RiskFacts>) => assessRisk({ ...base, ...f }).niveau;

describe('risk rules of contract §7', () => {
  it('starts at laag when another custody holder was not involved', () => expect(level({})).toBe('laag'));
  it('is geen when the case does not apply', () => expect(level({ eligibility: 'niet-van-toepassing' })).toBe('geen'));
  it('makes a marked child urgent, whatever else holds', () => {
    expect(level({ watchMarkingActive: true })).toBe('urgent');
    expect(level({ watchMarkingActive: true, eligibility: 'niet-van-toepassing' })).toBe('urgent');
    expect(level({ watchMarkingActive: true, otherHolderSameCountryWithin30Days: true })).toBe('urgent');
  });
  it('raises a destination the Convention does not bind, or an unknown one, to at least hoog', () => {
    expect(level({ destinationHagueBound: false })).toBe('hoog');
    expect(level({ destinationKnown: false, destinationHagueBound: false })).toBe('hoog');
    expect(level({ destinationHagueBound: false, otherHolderSameCountryWithin30Days: true })).toBe('hoog');
  });
  it('treats a child of 16 or older like a non-Convention destination (Art. 4)', () => expect(level({ childMayBeUnder16OnDeparture: false })).toBe('hoog'));
  it('goes one level up when the departure date lies before the registration', () => expect(level({ departureBeforeRegistration: true })).toBe('verhoogd'));
  it('goes one level up for several minors from the same declarant within 30 days', () => expect(level({ otherMinorsSameDeclarantWithin30Days: 2 })).toBe('verhoogd'));
  it('goes one level down when the other holder leaves for the same country, never below laag', () => {
    expect(level({ otherHolderSameCountryWithin30Days: true })).toBe('laag');
    expect(level({ otherHolderSameCountryWithin30Days: true, departureBeforeRegistration: true })).toBe('laag');
  });
  it('adds steps on top of the Hague floor', () => expect(level({ destinationHagueBound: false, departureBeforeRegistration: true })).toBe('urgent'));
  it('gives reasons naming each rule that applied, with the rule-set version', () => {
    const r = assessRisk({ ...base, departureBeforeRegistration: true });
    expect(r.redenen.map((x) => x.regel)).toEqual(['basis-gezaghouder-niet-betrokken', 'vertrek-voor-registratie']);
    expect(r.regelsetVersie).toMatch(/^\d{4}-\d{2}\.\d+$/);
  });
});
