// Port to the BRP (Haal Centraal Personen v2). Adapters: adapters/brp/http-client.ts (real) and
// adapters/brp/fake.ts (demo).
import type { BrpPersoon } from '../../schemas/brp.ts';

/**
 * Field paths asked per role: only what a decision, a letter or a case view reads (data minimisation, contract §3;
 * docs/brp-fields.md says who uses each and why). geheimhoudingPersoonsgegevens (the safety hold) and inOnderzoek
 * are not asked: the BRP delivers them unasked, inOnderzoek for the asked fields it concerns.
 */
export const CHILD_FIELDS = [
  'burgerservicenummer',
  'naam.volledigeNaam',
  'geboorte.datum',
  'gezag',
  // Its value is not read: asked so that the BRP delivers inOnderzoek on the child's custody data.
  'indicatieGezagMinderjarige',
] as const;

/** A custody holder who may have to be told: where a letter can go, and whether their custody is investigated. */
export const HOLDER_FIELDS = [
  'burgerservicenummer',
  'adressering.aanschrijfwijze.naam',
  'adressering.adresregel1',
  'adressering.adresregel2',
  'adressering.adresregel3',
  'adressering.land',
  'adressering.indicatieVastgesteldVerblijftNietOpAdres',
  // Its value is not read: asked so that the BRP delivers inOnderzoek on the holder's custody data (curatele).
  'indicatieCurateleRegister',
] as const;

/** The declarant when not a holder: only geheimhouding counts (delivered unasked); the BSN is the least to ask. */
export const DECLARANT_FIELDS = ['burgerservicenummer'] as const;

export interface BrpPort {
  /**
   * RaadpleegMetBurgerservicenummer. Returns the persons found (absent ones are simply missing).
   * Throws BrpUnavailableError when the BRP cannot answer now; the caller retries later.
   */
  personen(burgerservicenummers: readonly string[], fields: readonly string[]): Promise<BrpPersoon[]>;
}

/** The BRP did not answer (network, timeout, 5xx, 429): retry later, lose nothing. */
export class BrpUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrpUnavailableError';
  }
}

/**
 * The BRP answered, but not as its spec says: not JSON, a field of the wrong shape, or a person that was not asked
 * for. Not an outage: asking again gets the same answer, so it is not retried as one. After the job's own retries
 * the case goes to `handmatige-controle` with reason BRP_INVALID_ANSWER_REASON and `toelichting` for the officer,
 * and BRP_INVALID_ANSWER_METRIC counts it. Neither message nor toelichting holds personal data: field paths
 * (array positions as []) and what was expected, never a value.
 */
export class BrpInvalidAnswerError extends Error {
  constructor(
    message: string,
    /** The paths that failed, e.g. `personen[].geboorte.datum.datum`; at most a few. */
    readonly fields: readonly string[],
    /** Dutch, for the officer who checks the case by hand. */
    readonly toelichting: string,
  ) {
    super(message);
    this.name = 'BrpInvalidAnswerError';
  }
}

/** The case's `beoordeling.reden` when it goes to manual checking because of an invalid BRP answer. */
export const BRP_INVALID_ANSWER_REASON = 'brp-antwoord-ongeldig';
/** Counter of cases sent to manual checking because the BRP answer did not match the spec. */
export const BRP_INVALID_ANSWER_METRIC = 'vertreksignaal_brp_invalid_answers_total';
