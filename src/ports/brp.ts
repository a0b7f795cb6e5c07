// Port to the BRP (Haal Centraal Personen v2). Adapters: adapters/brp/http-client.ts (real) and adapters/brp/fake.ts (demo).
import type { BrpPersoon } from '../../schemas/brp.ts';

/**
 * Fields asked for the child and for each custody holder: only what eligibility and the letter need.
 * geheimhoudingPersoonsgegevens (the safety hold) is not asked: the BRP delivers it unasked and refuses it in `fields`.
 */
export const CHILD_FIELDS = ['burgerservicenummer', 'naam', 'geboorte', 'gezag', 'verblijfplaats', 'gemeenteVanInschrijving'] as const;
export const HOLDER_FIELDS = ['burgerservicenummer', 'naam', 'adressering', 'verblijfplaats', 'gemeenteVanInschrijving'] as const;

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
