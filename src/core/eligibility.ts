// Whether the municipality must inform another custody holder of a registered departure (contract §7),
// and whom. Pure: takes what the BRP and the declaration say, returns the decision and its reason.

import { mayBeMinorOnDeparture } from './age.ts';
import type { Custody, CustodyHolder } from './custody.ts';
import type { AbstractDatum, IsoDate } from './date.ts';

export { AGE_OF_MAJORITY, mayBeMinorOnDeparture } from './age.ts';

export interface Declaration {
  /** Unknown when the event carried no aangifte. */
  declarantBsn?: string;
  coSignerBsns: readonly string[];
  /** A written consent is not a co-signature: it does not exempt anyone from being told. */
  writtenConsent: boolean;
}

export interface EligibilityInput {
  childFound: boolean;
  birthDate?: AbstractDatum;
  departureDate: AbstractDatum;
  /**
   * @deprecated Not read: an unknown departure date has no substitute (contract §7); every possible day counts.
   * Kept optional only so existing callers still compile; drop it from the call.
   */
  registrationDate?: IsoDate;
  custody: Custody | null;
  declaration: Declaration;
}

export type EligibilityReason =
  | 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken'
  | 'alle-gezaghouders-betrokken'
  | 'geen-gezamenlijk-gezag'
  | 'meerderjarig-op-vertrekdatum'
  | 'kind-niet-gevonden'
  | 'gezag-onbekend'
  | 'gezag-in-onderzoek'
  | 'gezaghouder-onbekend'
  /** The BRP's answer did not match its specification, also after retries: a person checks the case. */
  | 'brp-antwoord-ongeldig';

export type Eligibility =
  | {
      outcome: 'van-toepassing';
      reason: 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken';
      recipients: { burgerservicenummer: string; naam?: string }[];
    }
  | { outcome: 'niet-van-toepassing'; reason: EligibilityReason; recipients: [] }
  | { outcome: 'handmatige-controle'; reason: EligibilityReason; recipients: [] };

const none = (outcome: 'niet-van-toepassing' | 'handmatige-controle', reason: EligibilityReason): Eligibility => ({
  outcome,
  reason,
  recipients: [],
});

export function assessEligibility(input: EligibilityInput): Eligibility {
  if (!input.childFound) return none('handmatige-controle', 'kind-niet-gevonden');
  if (!mayBeMinorOnDeparture(input.birthDate, input.departureDate)) {
    return none('niet-van-toepassing', 'meerderjarig-op-vertrekdatum');
  }
  const custody = input.custody;
  if (!custody || custody.kind === 'unknown') return none('handmatige-controle', custody?.reason ?? 'gezag-onbekend');
  if (custody.holders.length !== 2) return none('niet-van-toepassing', 'geen-gezamenlijk-gezag');

  const involved = new Set([input.declaration.declarantBsn, ...input.declaration.coSignerBsns].filter(Boolean));
  const others = custody.holders.filter(
    (h: CustodyHolder) => !h.burgerservicenummer || !involved.has(h.burgerservicenummer),
  );
  if (others.length === 0) return none('niet-van-toepassing', 'alle-gezaghouders-betrokken');
  const recipients = others.flatMap((h) =>
    h.burgerservicenummer ? [{ burgerservicenummer: h.burgerservicenummer, naam: h.naam }] : [],
  );
  // A holder we must tell but cannot identify (e.g. an unknown third party) needs a person to look.
  if (recipients.length < others.length) return none('handmatige-controle', 'gezaghouder-onbekend');
  return { outcome: 'van-toepassing', reason: 'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken', recipients };
}
