// What each staff role is called in Dutch, whom it works for, and where it works (contract §9 paths).
import { municipalityName } from '../core/reference/municipalities.ts';
import type { SessionUser } from './session/session.ts';
import type { StaffRole } from './settings.ts';

export interface NavItem {
  href: string;
  label: string;
  /** One line on the start page: what the user does there. */
  task: string;
}

export const ROLE_TITLES: Record<StaffRole, string> = {
  gemeente: 'medewerker burgerzaken',
  'rvdk-iko': 'medewerker team Internationale Kinderontvoering',
  'ca-ika': 'medewerker Centrale autoriteit',
  ciko: 'adviseur',
  privacy: 'privacyfunctionaris',
};

/** The role as a choice on the dev login page. */
export const ROLE_CHOICES: Record<StaffRole, string> = {
  gemeente: 'Gemeente: medewerker burgerzaken',
  'rvdk-iko': 'Raad voor de Kinderbescherming: team Internationale Kinderontvoering',
  'ca-ika': 'Centrale autoriteit Internationale Kinderaangelegenheden',
  ciko: 'Centrum Internationale Kinderontvoering: adviseur',
  privacy: 'Privacyfunctionaris',
};

const SIGNALS: NavItem = { href: '/signalen', label: 'Signalen', task: 'Signalen bekijken, oppakken en afsluiten.' };
const MARKINGS: NavItem = {
  href: '/aandachtsmarkeringen',
  label: 'Aandachtsmarkeringen',
  task: 'Aandachtsmarkeringen bekijken, toevoegen en beëindigen.',
};
const STATISTICS: NavItem = {
  href: '/statistieken',
  label: 'Statistieken',
  task: 'Cijfers bekijken in grafieken en tabellen.',
};

export const NAVIGATION: Record<StaffRole, NavItem[]> = {
  gemeente: [
    {
      href: '/werkvoorraad',
      label: 'Werkvoorraad',
      task: 'Kennisgevingen beoordelen en versturen, en zaken controleren.',
    },
    { href: '/zoeken', label: 'Zoeken', task: 'Een zaak zoeken met het burgerservicenummer.' },
    {
      href: '/voorcontrole',
      label: 'Voorcontrole',
      task: 'Aan de balie controleren of een vertrek gemeld moet worden.',
    },
  ],
  'rvdk-iko': [SIGNALS, MARKINGS],
  'ca-ika': [SIGNALS, MARKINGS],
  ciko: [{ ...SIGNALS, task: 'Gepseudonimiseerde patroonsignalen bekijken.' }, STATISTICS],
  privacy: [
    { href: '/logboek', label: 'Logboek', task: 'Zoeken in het logboek en de keten van het logboek controleren.' },
    STATISTICS,
  ],
};

/** "Gemeente Amsterdam", "Gemeenten Amsterdam en Zaanstad", or the organisation of a national role. */
export function organisationName(user: Pick<SessionUser, 'role' | 'municipalities'>): string {
  switch (user.role) {
    case 'gemeente': {
      const names = user.municipalities.map((code) => municipalityName(code) ?? `met code ${code}`);
      if (names.length <= 1) return `Gemeente ${names[0] ?? 'onbekend'}`;
      return `Gemeenten ${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
    }
    case 'rvdk-iko':
      return 'Raad voor de Kinderbescherming';
    case 'ca-ika':
      return 'Centrale autoriteit Internationale Kinderaangelegenheden';
    case 'ciko':
      return 'Centrum Internationale Kinderontvoering';
    case 'privacy':
      return 'Vertreksignaal';
  }
}

/** The header line: "Gemeente Amsterdam — medewerker burgerzaken". */
export const signedInAs = (user: Pick<SessionUser, 'role' | 'municipalities'>) =>
  `${organisationName(user)} — ${ROLE_TITLES[user.role]}`;
