// The desk pre-check (voorcontrole): before a departure is registered, which custody holders are missing from the
// declaration, and what the officer may do (require them to appear or consent: verschijningsplicht). Pure; the same
// custody and eligibility core as the pipeline.
import type { PrecheckAdvice } from '../../schemas/domain.ts';
import type { Custody } from './custody.ts';
import { type AbstractDatum, dateRange, mayBeYoungerThan } from './date.ts';
import { AGE_OF_MAJORITY } from './eligibility.ts';

export interface PrecheckInput {
  childFound: boolean;
  birthDate?: AbstractDatum;
  today: string;
  custody: Custody | null;
  declarantBsn: string;
  coSignerBsns: readonly string[];
}

export interface PrecheckResult {
  advice: PrecheckAdvice;
  missing: { burgerservicenummer?: string; naam?: string }[];
  explanation: string;
}

export function precheck(x: PrecheckInput): PrecheckResult {
  if (!x.childFound)
    return {
      advice: 'handmatige-controle',
      missing: [],
      explanation: 'Het kind is niet gevonden in de BRP. Controleer het burgerservicenummer.',
    };
  if (!mayBeYoungerThan(AGE_OF_MAJORITY, dateRange(x.birthDate), { from: x.today, to: x.today })) {
    return { advice: 'geen-bezwaar', missing: [], explanation: 'Het kind is meerderjarig; er is geen gezag.' };
  }
  const c = x.custody;
  if (!c || c.kind === 'unknown') {
    return {
      advice: 'handmatige-controle',
      missing: [],
      explanation:
        'Het gezag kan niet uit de BRP worden vastgesteld. Raadpleeg het gezagsregister voordat u de aangifte opneemt.',
    };
  }
  const involved = new Set([x.declarantBsn, ...x.coSignerBsns]);
  const missing = c.holders.filter((h) => !h.burgerservicenummer || !involved.has(h.burgerservicenummer));
  if (missing.length === 0) {
    return { advice: 'geen-bezwaar', missing: [], explanation: 'Alle gezaghouders zijn bij de aangifte betrokken.' };
  }
  return {
    advice: 'verschijningsplicht',
    missing,
    explanation:
      'Niet alle gezaghouders doen mee aan de aangifte. U kunt de ontbrekende gezaghouder(s) vragen te verschijnen ' +
      'of schriftelijk toestemming te geven, of de aangifte opnemen; de gemeente informeert dan de andere gezaghouder.',
  };
}
