// Builders of BRP CloudEvents as a municipality's BRP would send them.
import { longFormat } from '../../src/core/date.ts';

let counter = 0;

export const SOURCE = 'urn:nld:oin:00000001823288444000:systeem:brp';

export interface DepartureOptions {
  id?: string;
  childBsn: string;
  declarantBsn?: string;
  coSignerBsns?: string[];
  writtenConsent?: boolean;
  date?: string | { type: string; [k: string]: unknown };
  countryCode?: string;
  countryName?: string;
  municipality?: string;
  registrationDate?: string;
  source?: string;
  time?: string;
}

export function emigration(
  o: DepartureOptions,
  type = 'nl.brp.verhuisd.emigratie',
  extra: Record<string, unknown> = {},
) {
  const date =
    typeof o.date === 'object'
      ? o.date
      : {
          type: 'Datum',
          datum: o.date ?? '2026-12-15',
          langFormaat: longFormat({ type: 'Datum', datum: o.date ?? '2026-12-15' }),
        };
  return {
    specversion: '1.0',
    id: o.id ?? `evt-${Date.now()}-${++counter}`,
    source: o.source ?? SOURCE,
    type,
    time: o.time ?? '2026-11-23T09:00:00Z',
    datacontenttype: 'application/json',
    data: {
      burgerservicenummer: o.childBsn,
      datumAanvangAdresBuitenland: date,
      verblijfadres: {
        regel1: 'Rue Haute 12',
        regel2: '1000 Bruxelles',
        land: { code: o.countryCode ?? '5010', omschrijving: o.countryName ?? 'België' },
      },
      gemeenteVanInschrijving: { code: o.municipality ?? '0363', omschrijving: 'Amsterdam' },
      ...(o.declarantBsn || o.coSignerBsns || o.writtenConsent !== undefined
        ? {
            aangifte: {
              ...(o.declarantBsn ? { aangever: { burgerservicenummer: o.declarantBsn } } : {}),
              medeondertekenaars: (o.coSignerBsns ?? []).map((b) => ({ burgerservicenummer: b })),
              toestemmingsverklaringOverlegd: o.writtenConsent ?? false,
              datum: o.registrationDate ?? '2026-11-20',
            },
          }
        : {}),
      ...extra,
    },
  };
}

export const correction = (o: DepartureOptions, correctedId: string) =>
  emigration(o, 'nl.brp.verhuisd.emigratie.gecorrigeerd', { gecorrigeerdeGebeurtenis: correctedId });

export function withdrawal(
  childBsn: string,
  withdrawnId: string,
  id?: string,
  o: { municipality?: string | null; time?: string } = {},
) {
  const municipality =
    o.municipality === undefined
      ? {}
      : o.municipality === null
        ? {}
        : { gemeenteVanInschrijving: { code: o.municipality } };
  return {
    specversion: '1.0',
    id: id ?? `evt-w-${++counter}`,
    source: SOURCE,
    type: 'nl.brp.verhuisd.emigratie.ingetrokken',
    time: o.time ?? '2026-11-24T09:00:00Z',
    datacontenttype: 'application/json',
    data: { burgerservicenummer: childBsn, ingetrokkenGebeurtenis: withdrawnId, ...municipality },
  };
}

export function immigration(childBsn: string, id?: string, o: { municipality?: string | null; time?: string } = {}) {
  const municipality = o.municipality === null ? {} : { gemeenteVanInschrijving: { code: o.municipality ?? '0363' } };
  return {
    specversion: '1.0',
    id: id ?? `evt-i-${++counter}`,
    source: SOURCE,
    type: 'nl.brp.verhuisd.immigratie',
    time: o.time ?? '2026-11-25T09:00:00Z',
    datacontenttype: 'application/json',
    data: { burgerservicenummer: childBsn, ...municipality },
  };
}

export const CE = 'application/cloudevents+json';
export const CE_BATCH = 'application/cloudevents-batch+json';
