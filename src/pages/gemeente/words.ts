// The codes of the domain in plain Dutch (B1) for the municipal officer's pages. A code without words here is
// shown as it is, so a new code is visible rather than hidden.
import type {
  CaseStatus,
  NotificationStatus,
  PrecheckAdvice,
  ReactionChannel,
  ReactionKind,
  Recipient,
  SignalStatus,
} from '../../../schemas/domain.ts';
import type { DeadlineState } from '../../core/deadline.ts';
import type { RiskLevel } from '../../core/risk/level.ts';

const say =
  <K extends string>(table: Record<K, string>) =>
  (code: string | null | undefined, fallback = 'Onbekend'): string =>
    code ? ((table as Record<string, string>)[code] ?? code) : fallback;

export const caseStatusText = say<CaseStatus>({
  ontvangen: 'Ontvangen, nog niet beoordeeld',
  beoordeeld: 'Beoordeeld',
  'niet-van-toepassing': 'Niet van toepassing',
  'handmatige-controle': 'Handmatige controle nodig',
  ingetrokken: 'Ingetrokken',
  afgesloten: 'Afgesloten',
});

export const noticeStatusText = say<NotificationStatus>({
  'te-beoordelen': 'Te beoordelen',
  aangehouden: 'Aangehouden',
  verzonden: 'Verstuurd',
  bezorgd: 'Bezorgd',
  mislukt: 'Versturen mislukt',
  geannuleerd: 'Geannuleerd',
});

/** Why the case does or does not need a notice (the assessment's reason). */
export const assessmentText = say({
  'gezamenlijk-gezag-niet-alle-gezaghouders-betrokken':
    'Er is gezamenlijk gezag en niet alle gezaghouders deden mee aan de aangifte. ' +
    'De gemeente informeert de andere gezaghouder.',
  'alle-gezaghouders-betrokken':
    'Alle gezaghouders deden mee aan de aangifte. Niemand hoeft een kennisgeving te krijgen.',
  'geen-gezamenlijk-gezag':
    'Er is geen gezamenlijk gezag, bijvoorbeeld omdat één ouder of een voogd het gezag heeft. ' +
    'Er is geen andere gezaghouder om te informeren.',
  'meerderjarig-op-vertrekdatum': 'Het kind is op de vertrekdatum 18 jaar of ouder.',
  'kind-niet-gevonden': 'Het kind staat niet in de BRP. Controleer het burgerservicenummer.',
  'gezag-onbekend':
    'Uit de BRP is niet op te maken wie het gezag heeft. Zoek het gezag op, bijvoorbeeld in het gezagsregister.',
  'gezag-in-onderzoek': 'De gegevens over het gezag zijn in onderzoek bij de BRP. Controleer het gezag zelf.',
  'gezaghouder-onbekend':
    'Een gezaghouder is niet bekend in de BRP, bijvoorbeeld een onbekende derde. Controleer het gezag zelf.',
  'brp-antwoord-ongeldig': 'Het antwoord van de BRP klopte niet met de afspraken. Controleer het gezag zelf.',
});

const HOLDS = {
  'geheimhouding-kind': 'Voor het kind geldt geheimhouding van persoonsgegevens.',
  'geheimhouding-aangever': 'Voor de ouder die de aangifte deed geldt geheimhouding van persoonsgegevens.',
  'geheimhouding-ontvanger': 'Voor de ontvanger geldt geheimhouding van persoonsgegevens.',
  'geen-bruikbaar-adres': 'De ontvanger heeft geen adres waar een brief heen kan.',
  'ontvanger-niet-gevonden': 'De ontvanger staat niet in de BRP.',
};

/** Why a notice is held for review (safety holds, contract §7). */
export const holdText = say(HOLDS);

/** How a letter reached its recipient. */
export const deliveryText = say({ berichtenbox: 'Berichtenbox van MijnOverheid', post: 'Per post' });

/** Reasons the system itself gives in a notice's history. */
const systemReasonText = say({
  ...HOLDS,
  'registratie-ingetrokken': 'De gemeente heeft de registratie van het vertrek ingetrokken.',
  'kind-weer-in-nederland': 'Het kind woont weer in Nederland.',
  'niet-meer-van-toepassing': 'Na een nieuwe beoordeling is een kennisgeving niet meer nodig.',
  berichtenbox: 'Bezorgd in de Berichtenbox van MijnOverheid.',
  post: 'Met de post verstuurd.',
});

/** A reason as stored: codes of the system (comma separated) in words; an officer's own words as they are. */
export const reasonText = (reason: string, by: string) =>
  by === 'systeem'
    ? reason
        .split(', ')
        .map((r) => systemReasonText(r))
        .join(' ')
    : reason;

export const custodyTypeText = say({
  GezamenlijkOuderlijkGezag: 'Gezamenlijk ouderlijk gezag (beide ouders)',
  TweehoofdigOuderlijkGezag: 'Gezamenlijk ouderlijk gezag (beide ouders)',
  EenhoofdigOuderlijkGezag: 'Eenhoofdig ouderlijk gezag (één ouder)',
  GezamenlijkGezag: 'Gezamenlijk gezag (een ouder en een derde)',
  Voogdij: 'Voogdij',
  GezagNietTeBepalen: 'Het gezag is niet te bepalen',
  TijdelijkGeenGezag: 'Tijdelijk geen gezag',
});

export const levelText = say<RiskLevel>({
  geen: 'Geen',
  laag: 'Laag',
  verhoogd: 'Verhoogd',
  hoog: 'Hoog',
  urgent: 'Urgent',
});

/** What a level sets in motion (contract §7 routing). */
export const levelMeaning = say<RiskLevel>({
  geen: 'Er gebeurt niets.',
  laag: 'Alleen een kennisgeving aan de andere gezaghouder.',
  verhoogd: 'Een kennisgeving, en een signaal zonder namen aan het CIKO.',
  hoog: 'Een kennisgeving, en een signaal aan de Raad voor de Kinderbescherming en het CIKO.',
  urgent: 'Een kennisgeving, en een signaal aan de Centrale autoriteit, de Raad voor de Kinderbescherming en het CIKO.',
});

export const recipientText = say<Recipient>({
  ciko: 'CIKO (Centrum Internationale Kinderontvoering)',
  'rvdk-iko': 'Raad voor de Kinderbescherming, team Internationale Kinderontvoering',
  'ca-ika': 'Centrale autoriteit Internationale Kinderaangelegenheden',
});

export const signalStatusText = say<SignalStatus>({
  nieuw: 'Nieuw, nog niet opgepakt',
  'in-behandeling': 'In behandeling',
  afgesloten: 'Afgesloten',
});

export const signalOutcomeText = say({
  'terecht-actie-ondernomen': 'terecht, er is actie ondernomen',
  'terecht-geen-actie-nodig': 'terecht, er was geen actie nodig',
  onterecht: 'onterecht',
  onbekend: 'uitkomst onbekend',
  'registratie-ingetrokken': 'de registratie van het vertrek is ingetrokken',
  'kind-weer-in-nederland': 'het kind woont weer in Nederland',
  'niveau-verlaagd': 'het risiconiveau is verlaagd',
});

export const reactionText = say<ReactionKind>({
  akkoord: 'Akkoord met het vertrek',
  'niet-akkoord': 'Niet akkoord met het vertrek',
  'onbekend-met-vertrek': 'Wist niet van het vertrek',
});

export const channelText = say<ReactionChannel>({
  brief: 'Per brief',
  telefoon: 'Per telefoon',
  balie: 'Aan de balie',
  digitaal: 'Digitaal (e-mail of formulier)',
});

export const adviceText = say<PrecheckAdvice>({
  verschijningsplicht: 'Vraag de ontbrekende gezaghouder om mee te doen',
  'geen-bezwaar': 'Geen bezwaar',
  'handmatige-controle': 'Controleer het gezag zelf',
});

export const eventText = say({
  'nl.brp.verhuisd.emigratie': 'De BRP meldde het vertrek naar het buitenland.',
  'nl.brp.verhuisd.emigratie.gecorrigeerd': 'De BRP meldde een correctie van het vertrek.',
  'nl.brp.verhuisd.emigratie.ingetrokken': 'De BRP meldde dat de registratie van het vertrek is ingetrokken.',
  'nl.brp.verhuisd.immigratie': 'De BRP meldde dat het kind weer in Nederland woont.',
});

/** Who did it: the system, or the officer's account name. */
export const byText = (by: string) => (by === 'systeem' ? 'Vertreksignaal (automatisch)' : by);

export function deadlineText(s: DeadlineState): string {
  if (s.kind === 'today') return 'Vandaag';
  if (s.kind === 'ahead') return s.workingDays === 1 ? 'Nog 1 werkdag' : `Nog ${s.workingDays} werkdagen`;
  return s.days === 1 ? '1 dag te laat' : `${s.days} dagen te laat`;
}

export const waitingText = (days: number) =>
  days === 0 ? 'Sinds vandaag' : days === 1 ? 'Sinds 1 dag' : `Sinds ${days} dagen`;

const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const DATE = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

/** "29 november 2026 om 06:28" in Dutch time; the text as stored when it is no instant. */
export function dateTimeText(isoOrMs: string | number): string {
  const d = new Date(isoOrMs);
  return Number.isNaN(d.getTime()) ? String(isoOrMs) : DATE_TIME.format(d);
}

/** "4 december 2026" for an ISO calendar date. */
export function dateText(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : DATE.format(d);
}
