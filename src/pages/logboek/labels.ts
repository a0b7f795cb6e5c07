// The words the logboek page uses for the processing purposes, the roles and the results it records.
import { PURPOSES } from '../../app/audit/record.ts';

type Purpose = (typeof PURPOSES)[keyof typeof PURPOSES];

export const PURPOSE_LABELS: Record<Purpose, string> = {
  'vertrekregistratie-ontvangen': 'Vertrekregistratie ontvangen',
  'vertrek-beoordelen': 'Vertrek beoordelen',
  'gezaghouder-informeren': 'Gezaghouder informeren',
  'signaal-ketenpartner': 'Signaal aan een ketenpartner',
  'aandachtsmarkering-beheren': 'Aandachtsmarkeringen beheren',
  'sis-verzoek-overdragen': 'SIS-verzoek overdragen',
  'logboek-inzien': 'Logboek inzien en toegang bewaken',
  'bewaartermijn-handhaven': 'Bewaartermijn handhaven',
  evaluatie: 'Evaluatie (statistieken)',
  'voorcontrole-aangifte': 'Voorcontrole bij de aangifte',
};

export const PURPOSE_CODES = Object.values(PURPOSES) as readonly string[];

export const purposeLabel = (code: string) => PURPOSE_LABELS[code as Purpose] ?? code;

const ROLE_LABELS: Record<string, string> = {
  gemeente: 'Gemeente',
  'brp-bron': 'BRP van de gemeente',
  'rvdk-iko': 'Raad voor de Kinderbescherming (IKO)',
  'ca-ika': 'Centrale autoriteit (IKA)',
  ciko: 'CIKO',
  privacy: 'Privacyfunctionaris',
  systeem: 'Vertreksignaal zelf (automatisch)',
};

export const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;

/** "geweigerd:rol:GET /logboek" → "geweigerd: rol: GET /logboek"; "markering-aanmaken" → "markering aanmaken". */
export const operationText = (operation: string) =>
  operation
    .split(':')
    .map((part) => (part.includes('/') ? part : part.replaceAll('-', ' ')))
    .join(': ');

export const outcomeText = (outcome: string) => (outcome === 'geweigerd' ? 'Geweigerd' : 'Toegestaan');
