// The facts the risk rules may read: computed by the shell from the BRP, reference data and stored cases.
// Deliberately absent: nationality, country of birth, names, ethnicity, religion (and anything standing in for them).
export interface RiskFacts {
  /** Eligibility outcome: other custody holder not involved, custody unknown, or not applicable. */
  eligibility: 'van-toepassing' | 'handmatige-controle' | 'niet-van-toepassing';
  /** An active aandachtsmarkering on the child. */
  watchMarkingActive: boolean;
  /** False for land code 0000 (unknown). */
  destinationKnown: boolean;
  /** The 1980 Hague Convention binds destination and the Netherlands (ratified, or accession accepted by NL). */
  destinationHagueBound: boolean;
  /** The Convention covers children under 16 only (Art. 4). */
  childMayBeUnder16OnDeparture: boolean;
  /** The departure date lies before the day it was registered. */
  departureBeforeRegistration: boolean;
  /** Other minors declared by the same declarant within 30 days. */
  otherMinorsSameDeclarantWithin30Days: number;
  /** The other custody holder registered a departure to the same country within 30 days (a mitigating fact). */
  otherHolderSameCountryWithin30Days: boolean;
  /**
   * What the other custody holder answered after the notice: `bezwaar` (not agreed, or did not know of the departure),
   * `akkoord` (every answer agreed), or null (no answer recorded).
   */
  otherHolderReaction: 'bezwaar' | 'akkoord' | null;
  /** The latest possible departure date lies before today: the child has certainly left. */
  departureDatePassed: boolean;
}

/** Every fact key, for the fairness test and the published rule set: a rule may only name these. */
export const RISK_FACT_KEYS = [
  'eligibility',
  'watchMarkingActive',
  'destinationKnown',
  'destinationHagueBound',
  'childMayBeUnder16OnDeparture',
  'departureBeforeRegistration',
  'otherMinorsSameDeclarantWithin30Days',
  'otherHolderSameCountryWithin30Days',
  'otherHolderReaction',
  'departureDatePassed',
] as const satisfies readonly (keyof RiskFacts)[];

// Compile-time guard: a fact added to RiskFacts but not to RISK_FACT_KEYS would escape the fairness checks.
type MissingFactKeys = Exclude<keyof RiskFacts, (typeof RISK_FACT_KEYS)[number]>;
const allFactKeysListed: [MissingFactKeys] extends [never] ? true : MissingFactKeys = true;
void allFactKeysListed;
