// The demo scenarios of the fake BRP as the CloudEvents a municipality's BRP would send for them: posted by
// `npm run demo:seed`, and taken in once on the first `npm start` in dev mode (src/demo.ts).

import { longFormat } from '../../src/core/date.ts';
import { DEMO_SCENARIOS } from './demo-persons.ts';

export const DEMO_SOURCE = 'urn:nld:oin:00000001823288444000:systeem:brp-demo';
export const DEMO_MUNICIPALITIES = [...new Set(DEMO_SCENARIOS.map((s) => s.municipalityCode))];

/**
 * Fixed content (registration on 20 November 2026, as the scenarios' departure dates assume), so taking them in
 * again is a harmless redelivery (`dubbel`), never a conflict.
 */
const REGISTERED = '2026-11-20';

export function demoEvents() {
  return DEMO_SCENARIOS.map((s) => ({
    specversion: '1.0',
    id: `demo-${s.key}`,
    source: DEMO_SOURCE,
    type: 'nl.brp.verhuisd.emigratie',
    time: `${REGISTERED}T09:00:00Z`,
    datacontenttype: 'application/json',
    data: {
      burgerservicenummer: s.childBsn,
      datumAanvangAdresBuitenland: {
        type: 'Datum',
        datum: s.departureDate,
        langFormaat: longFormat({ type: 'Datum', datum: s.departureDate }),
      },
      verblijfadres: { land: { code: s.countryCode } },
      gemeenteVanInschrijving: { code: s.municipalityCode },
      ...(s.declarantBsn
        ? {
            aangifte: {
              aangever: { burgerservicenummer: s.declarantBsn },
              medeondertekenaars: (s.coSignerBsns ?? []).map((b) => ({ burgerservicenummer: b })),
              toestemmingsverklaringOverlegd: !!s.writtenConsent,
              datum: REGISTERED,
            },
          }
        : {}),
    },
  }));
}
