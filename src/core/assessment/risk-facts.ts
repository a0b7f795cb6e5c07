// The facts the risk rules read, computed from plain data the shell loaded: no query, no clock of its own.
import type { ReactionKind } from '../../../schemas/domain.ts';
import { mayBeUnder16OnDeparture } from '../age.ts';
import { type AbstractDatum, dateRange, daysBetween, type IsoDate } from '../date.ts';
import type { Eligibility } from '../eligibility.ts';
import { isHagueBound } from '../reference/countries.ts';
import type { RiskFacts } from '../risk/facts.ts';
import { isActive } from '../watch-marking/decider.ts';

export interface RiskContext {
  today: IsoDate;
  /** Markings on the child, of any organisation. */
  watchMarkings: readonly { validUntil: string; removedAt: number | null }[];
  /** The declarant's other open cases. */
  declarantCases: readonly { childBsn: string | null; registrationDate: string | null }[];
  /** Open cases in which another custody holder is the person leaving or the declarant. */
  otherHolderCases: readonly { countryCode: string | null; registrationDate: string | null }[];
  /** The latest reaction recorded on each of the case's notifications. */
  reactions: readonly ReactionKind[];
}

export interface CaseFacts {
  childBsn: string;
  countryCode: string;
  registrationDate: IsoDate;
  departure: AbstractDatum;
  birth?: AbstractDatum;
  eligibility: Eligibility['outcome'];
}

const within30 = (a: string | null, b: IsoDate) => !!a && Math.abs(daysBetween(a, b)) <= 30;

/** Any objection counts; agreement only when every recorded answer agreed. */
export function reactionFact(reactions: readonly ReactionKind[]): RiskFacts['otherHolderReaction'] {
  if (reactions.length === 0) return null;
  return reactions.some((r) => r !== 'akkoord') ? 'bezwaar' : 'akkoord';
}

export function riskFactsOf(c: CaseFacts, x: RiskContext): RiskFacts {
  const departure = dateRange(c.departure);
  const siblings = new Set(
    x.declarantCases
      .filter((r) => r.childBsn !== c.childBsn && within30(r.registrationDate, c.registrationDate))
      .map((r) => r.childBsn),
  );
  return {
    eligibility: c.eligibility,
    watchMarkingActive: x.watchMarkings.some((m) => isActive(m, x.today)),
    destinationKnown: c.countryCode !== '0000',
    destinationHagueBound: c.countryCode !== '0000' && isHagueBound(c.countryCode),
    // No stand-in date: with an unknown departure date every day is possible (contract §7).
    childMayBeUnder16OnDeparture: mayBeUnder16OnDeparture(c.birth, c.departure),
    departureBeforeRegistration: departure.to !== null && departure.to < c.registrationDate,
    otherMinorsSameDeclarantWithin30Days: siblings.size,
    otherHolderSameCountryWithin30Days: x.otherHolderCases.some(
      (r) => r.countryCode === c.countryCode && within30(r.registrationDate, c.registrationDate),
    ),
    otherHolderReaction: reactionFact(x.reactions),
    departureDatePassed: departure.to !== null && departure.to < x.today,
  };
}
